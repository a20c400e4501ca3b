using System.Globalization;
using MailKit.Net.Smtp;
using WorkAbility.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkAbility.Data;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Infrastructure.Localization;
using WorkAbility.Web.Infrastructure.Messaging;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Features.Messages;

/// <summary>
/// The client notices' delivery (one round, F40): claims the due notices of the channels that are configured – on
/// PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c> and a lease, so several app nodes never send the same notice at once; on
/// SQLite under a process lock – then sends each in the client's language and records the outcome. A notice says only
/// that something waits, with a link; the address is read at sending, and a channel the client has turned off is not used.
/// </summary>
public sealed partial class NoticeDelivery(AppDbContext db, EmailSender email, SmsSender sms, MessagingSettings settings,
    IStringLocalizer<SharedResource> localizer, TimeProvider clock, ILogger<NoticeDelivery> logger)
{
    public const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    /// <summary>Sends what is due now; returns how many notices went out.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var channels = new List<string>();
        if (settings.EmailEnabled)
        {
            channels.Add(nameof(NoticeChannel.Email));
        }
        if (settings.SmsEnabled)
        {
            channels.Add(nameof(NoticeChannel.Sms));
        }
        int sent = 0;
        while (channels.Count > 0)
        {
            var claimed = await Claim(channels, ct);
            foreach (var id in claimed)
            {
                sent += await Deliver(id, ct) ? 1 : 0;
            }
            if (claimed.Count < BatchSize)
            {
                break;
            }
        }
        return sent;
    }

    private Task<IReadOnlyList<Guid>> Claim(List<string> channels, CancellationToken ct) =>
        ClaimRound.InTransaction(db, SqliteLock, async () =>
        {
            var now = clock.GetUtcNow();
            var wanted = channels.Select(Enum.Parse<NoticeChannel>).ToList();
            var due = db.Database.IsSqlite()
                ? await db.ClientNotices.Where(n => n.Status == ClientNoticeStatus.Pending && n.NextAttemptAt <= now && wanted.Contains(n.Channel))
                    .OrderBy(n => n.NextAttemptAt).Take(BatchSize).ToListAsync(ct)
                : await db.ClientNotices.FromSqlInterpolated($"""
                    SELECT * FROM client_notices
                    WHERE "Status" = 'Pending' AND "NextAttemptAt" <= {now} AND "Channel" = ANY({channels.ToArray()})
                    ORDER BY "NextAttemptAt"
                    LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """).ToListAsync(ct);
            foreach (var notice in due)
            {
                notice.Claim(now, Lease);
            }
            await db.SaveChangesAsync(ct);
            return (IReadOnlyList<Guid>)due.Select(n => n.Id).ToList();
        }, ct);

    private async Task<bool> Deliver(Guid noticeId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var notice = await db.ClientNotices.SingleAsync(n => n.Id == noticeId, ct);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == notice.ClientId, ct);
        if (!notice.StillWanted(client))
        {
            notice.Cancel("channel_off");
            await db.SaveChangesAsync(ct);
            return false;
        }
        var text = Compose(notice, client.PreferredLanguage, notice.Channel is NoticeChannel.Email ? client.Email! : client.Phone!);
        string? failure = null;
        try
        {
            await (notice.Channel is NoticeChannel.Email ? email.Send(text, ct) : sms.Send(text, ct));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The reason kept is the kind of failure, never the server's words (they can carry the address).
            failure = e switch
            {
                SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode}",
                SmtpProtocolException => "SMTP protocol",
                HttpRequestException http when http.StatusCode is { } status => $"HTTP {(int)status}",
                OperationCanceledException => "timeout",
                _ => e.GetType().Name,
            };
        }
        var now = clock.GetUtcNow();
        if (failure is null)
        {
            notice.Sent(now);
            LogSent(logger, notice.Id, notice.Channel.ToString(), notice.Attempts);
        }
        else
        {
            notice.Failed(now, failure, settings.RetryPolicy());
            LogFailed(logger, notice.Id, notice.Channel.ToString(), notice.Attempts, notice.Status.ToString());
        }
        await db.SaveChangesAsync(ct);
        return failure is null;
    }

    /// <summary>The notice in the client's language: what waits, where to read it, and how to stop notices. No client data.</summary>
    private OutgoingText Compose(ClientNotice notice, string language, string to)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Languages.OfTwoLetter(language));
        try
        {
            var path = notice.Kind switch
            {
                ClientNoticeKind.NewMessage => MyPaths.Messages,
                ClientNoticeKind.NewTask or ClientNoticeKind.TaskDueTomorrow => MyPaths.Tasks,
                ClientNoticeKind.QuestionDue => MyPaths.Home,
                _ => MyPaths.Team,
            };
            var link = settings.Link(path);
            var body = string.Join("\n\n", new[]
            {
                localizer[$"Notice.{notice.Kind}.Text"].Value,
                link is null ? localizer["Notice.SignIn"].Value : string.Format(CultureInfo.CurrentCulture, localizer["Notice.Link"], link),
                localizer["Notice.Footer"].Value,
            });
            return new OutgoingText(to, localizer[$"Notice.{notice.Kind}.Subject"], body);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client notice {NoticeId} sent by {Channel} on attempt {Attempts}.")]
    private static partial void LogSent(ILogger logger, Guid noticeId, string channel, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client notice {NoticeId} by {Channel} failed on attempt {Attempts}; now {Status}.")]
    private static partial void LogFailed(ILogger logger, Guid noticeId, string channel, int attempts, string status);
}
