namespace WorkAbility.Web.Features.Statistics;

/// <summary>
/// Runs <see cref="StatisticsRollup"/> at start and then every "Statistics:IntervalSeconds" (default
/// 120 s), so the dashboards are never more than a few minutes behind the work.
/// </summary>
public sealed partial class StatisticsRounds(IServiceScopeFactory scopes, TimeProvider clock, StatisticsSettings settings,
    ILogger<StatisticsRounds> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(settings.IntervalSeconds);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().RunOnce(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next round takes in what this one missed: the watermark moves only when a round commits.
                LogFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statistics rollup round failed ({ExceptionType}); retried on the next tick.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
