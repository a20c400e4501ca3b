namespace WorkAbility.Domain.Cases;

/// <summary>One entry on a support case's timeline. Events are appended, never changed.</summary>
public sealed class CaseEvent
{
    public const int NoteMaxLength = 2000;

    private CaseEvent() { }

    internal CaseEvent(Guid supportCaseId, CaseEventKind kind, DateTimeOffset occurredAt, Guid? actorId,
        CaseStage? fromStage, CaseStage? toStage, string? note)
    {
        Id = Guid.CreateVersion7(occurredAt);
        SupportCaseId = supportCaseId;
        Kind = kind;
        OccurredAt = occurredAt;
        ActorId = actorId;
        FromStage = fromStage;
        ToStage = toStage;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public CaseEventKind Kind { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The professional who acted; null when the client or the system did.</summary>
    public Guid? ActorId { get; private set; }

    public CaseStage? FromStage { get; private set; }
    public CaseStage? ToStage { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The entry's detail as a typed value (see <see cref="CaseEventDetail"/>).</summary>
    public CaseEventDetail? Detail => CaseEventDetail.Read(Kind, Note);
}
