namespace WorkAbility.Domain.Notifications;

public enum NotificationKind
{
    ConsentWithdrawn,
    ConsentNarrowed,
    AddedToTeam,
    MeetingInvitation,
    HandoverProposed,
    HandoverAccepted,
    HandoverRefused,
    ReferralReceived,
    ReferralStatusChanged,
    FollowUpDue,
    OhHandoverReceived,
    HandoverLapsed,
    OhPathLeft,

    /// <summary>The client marked a task or a plan action of theirs done (F40).</summary>
    ClientTaskDone,

    /// <summary>A referral to the reader's organisation is past its respond-by day unanswered (F41).</summary>
    ReferralAnswerLate,

    /// <summary>A referral the reader's team sent is past its respond-by day unanswered (F41).</summary>
    ReferralUnanswered,

    /// <summary>A referral of the reader's case has waited 14 working days unanswered (F41).</summary>
    ReferralOverdue,

    /// <summary>Support ended for a client the reader's organisation goes on serving: its continuity plan, to acknowledge (F41).</summary>
    ContinuityNote,

    /// <summary>An organisation has not acknowledged the continuity plan of a case the reader managed, in seven days (F41).</summary>
    ContinuityUnacknowledged,

    /// <summary>The county asked the reader's occupational health unit a question about a client it serves (F42).</summary>
    OhQuestionAsked,

    /// <summary>Occupational health answered the reader's question (F42).</summary>
    OhQuestionAnswered,

    /// <summary>The employer changed its occupational health provider: a case moved from one unit to another (F42).</summary>
    OhProviderChanged,
}

/// <summary>
/// An in-app message to one professional. It names the case and the organisation that holds it,
/// never the client: a notice about a withdrawn consent reaches people who may no longer see the
/// client, so it must not itself be client data.
/// </summary>
public sealed class Notification
{
    private Notification() { }

    public Guid Id { get; private set; }
    public Guid RecipientId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>What on the case the notice is about — a referral — when it is about one thing: "which referral?" is answered, not guessed.</summary>
    public Guid? SubjectId { get; private set; }

    public static Notification To(Guid recipientId, NotificationKind kind, Guid supportCaseId, DateTimeOffset now, Guid? subjectId = null) =>
        new() { Id = Guid.CreateVersion7(now), RecipientId = recipientId, Kind = kind, SupportCaseId = supportCaseId, CreatedAt = now, SubjectId = subjectId };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
