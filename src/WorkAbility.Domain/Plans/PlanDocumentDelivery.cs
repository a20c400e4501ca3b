namespace WorkAbility.Domain.Plans;

public enum DeliveryStatus
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending,
    Delivered,

    /// <summary>Every attempt failed; an administrator looks at the reason and sends it again.</summary>
    GivenUp,
}

/// <summary>How often and how long a failing delivery is tried again: doubling waits up to a ceiling, then given up.</summary>
public sealed record RetryPolicy(TimeSpan FirstWait, TimeSpan LongestWait, int MaxAttempts)
{
    public static RetryPolicy Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(6), 12);

    /// <summary>The wait after the <paramref name="attempts"/>th failed attempt: 30 s, 1 min, 2 min, … never more than the ceiling.</summary>
    public TimeSpan WaitAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(FirstWait.Ticks * factor, LongestWait.Ticks));
        return wait < FirstWait ? FirstWait : wait;
    }
}

/// <summary>
/// The transactional outbox of the plan's archiving in Kanta (seed 004: the plan is made "KANTA:an"):
/// one row per saved plan version, written in the same transaction as the version, so a saved plan
/// is never left unsent and an unsaved one is never sent. A delivery worker claims due rows, sends
/// the version's FHIR document, and records the outcome; failures wait longer each time, and after
/// the last attempt the row is given up for an administrator to see. The document is built once,
/// at the first attempt, and every retry sends the same bytes (its identifier is the version's id,
/// so the receiver can tell a repeat from a new document).
/// </summary>
public sealed class PlanDocumentDelivery
{
    public const int ErrorMaxLength = 500;

    private PlanDocumentDelivery()
    {
    }

    public Guid Id { get; private set; }
    public Guid PlanVersionId { get; private set; }
    public Guid PlanId { get; private set; }
    public DateTimeOffset QueuedAt { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The document as first built; every attempt sends it unchanged.</summary>
    public string? Document { get; private set; }

    public static PlanDocumentDelivery Queue(PlanVersion version, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            PlanVersionId = version.Id,
            PlanId = version.PlanId,
            QueuedAt = now,
            Status = DeliveryStatus.Pending,
            NextAttemptAt = now,
        };

    public bool IsDue(DateTimeOffset now) => Status is DeliveryStatus.Pending && NextAttemptAt <= now;

    /// <summary>Takes the row for one attempt: no other worker picks it up before <paramref name="lease"/> has passed.</summary>
    public void Claim(DateTimeOffset now, TimeSpan lease)
    {
        if (!IsDue(now))
        {
            throw new InvalidOperationException("Only a due delivery can be claimed.");
        }
        NextAttemptAt = now + lease;
    }

    public void KeepDocument(string document) => Document ??= document;

    public void Succeeded(DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        Status = DeliveryStatus.Delivered;
        DeliveredAt = now;
        LastError = null;
    }

    public void Failed(DateTimeOffset now, string error, RetryPolicy policy)
    {
        Attempts++;
        LastAttemptAt = now;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        if (Attempts >= policy.MaxAttempts)
        {
            Status = DeliveryStatus.GivenUp;
            return;
        }
        NextAttemptAt = now + policy.WaitAfter(Attempts);
    }

    /// <summary>An administrator sends a given-up delivery again (after the receiving end is mended); it gets a fresh round of attempts.</summary>
    public void SendAgain(DateTimeOffset now)
    {
        if (Status is not DeliveryStatus.GivenUp)
        {
            throw new Common.DomainRuleException("delivery_not_given_up");
        }
        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
