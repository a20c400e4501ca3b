using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Risks;

/// <summary>
/// Before the node serves, completes the kept states and tallies (<see cref="KeptStatesCompletion"/>;
/// the <c>migrate</c> command has normally done it); then every "Risks:IntervalSeconds" (default 600 s) runs the
/// recheck (<see cref="CaseRiskRollup.Recheck"/>): states a save could not rewrite and evaluations
/// older than "Risks:RecheckHours" are evaluated again. Two nodes doing the same case write the same state.
/// </summary>
public sealed partial class CaseRiskRounds(IServiceScopeFactory scopes, TimeProvider clock, RiskRoundSettings settings,
    ILogger<CaseRiskRounds> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // A database not yet migrated (the migrate command) or unreachable: the rounds fill in later.
        await Run(async scope =>
        {
            var (counted, filled) = await scope.GetRequiredService<KeptStatesCompletion>().Complete(cancellationToken);
            return counted + filled;
        });
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.RoundsEnabled)
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(settings.IntervalSeconds);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await Run(scope => scope.GetRequiredService<CaseRiskRollup>().Recheck(stoppingToken));
        }
    }

    private async Task Run(Func<IServiceProvider, Task<int>> pass)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var started = clock.GetTimestamp();
            int written = await pass(scope.ServiceProvider);
            if (written > 0)
            {
                LogRound(logger, written, (long)clock.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Risk states and tallies written: {Count} in {Milliseconds} ms.")]
    private static partial void LogRound(ILogger logger, int count, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk recheck round failed ({ExceptionType}); retried on the next tick.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
