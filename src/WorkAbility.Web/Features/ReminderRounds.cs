namespace WorkAbility.Web.Features;

/// <summary>Runs <see cref="FollowUp.FollowUpReminders"/>, <see cref="Teams.HandoverLapses"/> and <see cref="Referrals.ReferralDeadlines"/> on every node at the configured interval ("Reminders").</summary>
public sealed partial class ReminderRounds(IServiceScopeFactory scopes, TimeProvider clock, ReminderSettings settings,
    ILogger<ReminderRounds> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(settings.IntervalSeconds);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                int sent = await scope.ServiceProvider.GetRequiredService<FollowUp.FollowUpReminders>().RunOnce(stoppingToken);
                int lapsed = await scope.ServiceProvider.GetRequiredService<Teams.HandoverLapses>().RunOnce(stoppingToken);
                int late = await scope.ServiceProvider.GetRequiredService<Referrals.ReferralDeadlines>().RunOnce(stoppingToken)
                    + await scope.ServiceProvider.GetRequiredService<FollowUp.ContinuityReminders>().RunOnce(stoppingToken);
                if (sent > 0 || lapsed > 0 || late > 0)
                {
                    LogSent(logger, sent, lapsed, late);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed round is retried on the next tick; the dues stay unreminded until then.
                LogFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up reminders sent: {Count}; lapsed handover proposals closed: {Lapsed}; late referrals and unacknowledged continuity plans told: {Late}.")]
    private static partial void LogSent(ILogger logger, int count, int lapsed, int late);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up reminder round failed ({ExceptionType}); retried on the next tick.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
