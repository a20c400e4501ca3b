using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Domain.Notifications;

/// <summary>What a notice to the client tells them waits in the service; its text names nothing else (F40).</summary>
public enum ClientNoticeKind
{
    NewMessage,

    /// <summary>A meeting the client takes part in begins within two days.</summary>
    MeetingInTwoDays,

    /// <summary>A meeting the client takes part in begins within two hours.</summary>
    MeetingInTwoHours,

    /// <summary>The team gave the client a task.</summary>
    NewTask,

    /// <summary>A task of the client's is due tomorrow and not marked done.</summary>
    TaskDueTomorrow,

    /// <summary>The client is asked something now: their measure of work ability at its point, or where they are after support.</summary>
    QuestionDue,
}

/// <summary>What a <see cref="ClientNoticeKind.QuestionDue"/> notice is about: one question of one case, told once.</summary>
public static class QuestionNotice
{
    /// <summary>
    /// The notice's subject for question <paramref name="code"/> (<c>measure.ThreeMonths</c>, <c>situation.6</c>) of a case: a
    /// name-based identifier, the same on every node and every day, so the outbox's unique index tells each question once.
    /// </summary>
    public static Guid SubjectOf(Guid caseId, string code)
    {
        Span<byte> input = stackalloc byte[16 + System.Text.Encoding.UTF8.GetMaxByteCount(code.Length)];
        caseId.TryWriteBytes(input);
        int length = 16 + System.Text.Encoding.UTF8.GetBytes(code, input[16..]);
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(input[..length], hash);
        // RFC 9562 version 8 (custom) with the variant bits set.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}

public enum NoticeChannel
{
    Email,
    Sms,
}

public enum ClientNoticeStatus
{
    Pending,
    Sent,
    GivenUp,

    /// <summary>Not sent: the client turned the channel off, or the address is gone, before it went.</summary>
    Cancelled,
}

/// <summary>
/// The outbox of notices to the client's own e-mail and phone (F40): queued in the same transaction as the change that
/// calls for one, only on the channels the client chose, claimed by one app node at a time, retried with growing waits
/// and given up after the last attempt. A notice holds no client data: its kind, the client it is for and the thing it
/// is about (so a reminder is queued once per meeting); the address and the language are read when it is sent.
/// </summary>
public sealed class ClientNotice
{
    public const int ErrorMaxLength = 500;

    private ClientNotice() { }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public ClientNoticeKind Kind { get; private set; }
    public NoticeChannel Channel { get; private set; }

    /// <summary>The thread or meeting it is about.</summary>
    public Guid? SubjectId { get; private set; }
    public DateTimeOffset QueuedAt { get; private set; }
    public ClientNoticeStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>One notice per channel the client chose and has an address for; none when they chose none.</summary>
    public static IReadOnlyList<ClientNotice> For(Client client, ClientNoticeKind kind, Guid? subjectId, DateTimeOffset now)
    {
        var notices = new List<ClientNotice>();
        if (client.NoticeByEmail && client.Email is not null)
        {
            notices.Add(Queue(client.Id, NoticeChannel.Email, kind, subjectId, now));
        }
        if (client.NoticeBySms && client.Phone is not null)
        {
            notices.Add(Queue(client.Id, NoticeChannel.Sms, kind, subjectId, now));
        }
        return notices;
    }

    private static ClientNotice Queue(Guid clientId, NoticeChannel channel, ClientNoticeKind kind, Guid? subjectId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ClientId = clientId,
        Channel = channel,
        Kind = kind,
        SubjectId = subjectId,
        QueuedAt = now,
        Status = ClientNoticeStatus.Pending,
        NextAttemptAt = now,
    };

    public bool IsDue(DateTimeOffset now) => Status is ClientNoticeStatus.Pending && NextAttemptAt <= now;

    /// <summary>Takes the notice for one attempt: no other node picks it up before <paramref name="lease"/> has passed.</summary>
    public void Claim(DateTimeOffset now, TimeSpan lease)
    {
        if (!IsDue(now))
        {
            throw new InvalidOperationException("Only a due notice can be claimed.");
        }
        NextAttemptAt = now + lease;
    }

    public void Sent(DateTimeOffset now)
    {
        Attempts++;
        Status = ClientNoticeStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    public void Failed(DateTimeOffset now, string error, RetryPolicy policy)
    {
        Attempts++;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        if (Attempts >= policy.MaxAttempts)
        {
            Status = ClientNoticeStatus.GivenUp;
            return;
        }
        NextAttemptAt = now + policy.WaitAfter(Attempts);
    }

    /// <summary>The client turned the channel off or has no address for it now: the notice is not sent.</summary>
    public void Cancel(string reason)
    {
        Status = ClientNoticeStatus.Cancelled;
        LastError = reason;
    }

    /// <summary>Whether the client still wants notices on this notice's channel, and has its address.</summary>
    public bool StillWanted(Client client) => Channel switch
    {
        NoticeChannel.Email => client.NoticeByEmail && client.Email is not null,
        _ => client.NoticeBySms && client.Phone is not null,
    };
}
