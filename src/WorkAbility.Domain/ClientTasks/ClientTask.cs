using WorkAbility.Domain.Common;
using WorkAbility.Domain.Messages;

namespace WorkAbility.Domain.ClientTasks;

/// <summary>What the team asks the client to do between meetings (F40; the HL7 Gravity SDOH guide's patient tasks).</summary>
public enum ClientTaskKind
{
    /// <summary>Fill in a questionnaire (the self-assessment, a form of another service).</summary>
    Questionnaire,

    /// <summary>Make a contact: call a service, book a time, visit the employer.</summary>
    Contact,

    /// <summary>Bring or send a document (a medical statement, a decision, a certificate).</summary>
    Document,
    Other,
}

/// <summary>Where a task stands for its reader on a given day.</summary>
public enum ClientTaskState
{
    Open,
    Overdue,
    Done,
    Cancelled,
}

/// <summary>
/// A task the team gives the client (F40): a kind, a short title, what exactly is asked, and the day it is due. The client
/// marks it done on their own page, with a note if they wish; the team sees when. Seed 004 asks the professionals to
/// support the client in making contact between appointments — a task with a due date and a reminder is that support.
/// Only a professional taking part in the active case gives one; the giver or another taking part may withdraw one not
/// yet done.
/// </summary>
public sealed class ClientTask : IVersioned
{
    public const int TitleMaxLength = 200, DetailsMaxLength = 2000, NoteMaxLength = 1000;

    /// <summary>A task is for the coming months of support, not for years ahead.</summary>
    public const int MaxDaysAhead = 365;

    private ClientTask() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid ClientId { get; private set; }
    public ClientTaskKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Details { get; private set; }
    public DateOnly DueOn { get; private set; }
    public Guid GivenById { get; private set; }
    public DateTimeOffset GivenAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>What the client wrote when marking it done.</summary>
    public string? ClientNote { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public Guid? CancelledById { get; private set; }
    public Guid Version { get; set; }

    public bool IsOpen => DoneAt is null && CancelledAt is null;

    public ClientTaskState StateOn(DateOnly today) =>
        DoneAt is not null ? ClientTaskState.Done
        : CancelledAt is not null ? ClientTaskState.Cancelled
        : today > DueOn ? ClientTaskState.Overdue
        : ClientTaskState.Open;

    /// <param name="kind">A kind's name; anything else is refused at the field.</param>
    /// <param name="today">The Finnish date now: a task cannot be due before it.</param>
    public static ClientTask Give(MessageCase onCase, Guid givenById, string? kind, string? title, string? details, DateOnly? dueOn,
        DateOnly today, DateTimeOffset now)
    {
        CheckTakesPart(onCase, givenById);
        var errors = new List<FieldError>();
        var parsedKind = EnumChoice.Of<ClientTaskKind>(kind);
        if (parsedKind is null)
        {
            errors.Add(new FieldError("kind", string.IsNullOrWhiteSpace(kind) ? TextRules.Required : "task_kind_unknown"));
        }
        var text = TextRules.RequiredText(title, "title", TitleMaxLength, errors);
        var more = TextRules.OptionalText(details, "details", DetailsMaxLength, errors);
        if (dueOn is not { } due)
        {
            errors.Add(new FieldError("dueOn", TextRules.Required));
        }
        else if (due < today)
        {
            errors.Add(new FieldError("dueOn", "date_in_past"));
        }
        else if (due > today.AddDays(MaxDaysAhead))
        {
            errors.Add(new FieldError("dueOn", "task_due_too_far"));
        }
        TextRules.ThrowIfAny(errors);
        return new ClientTask
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = onCase.CaseId,
            ClientId = onCase.ClientId,
            Kind = parsedKind!.Value,
            Title = text,
            Details = more,
            DueOn = dueOn!.Value,
            GivenById = givenById,
            GivenAt = now,
        };
    }

    /// <summary>The client did it. Marking it again changes nothing (a retried request is not an error).</summary>
    /// <returns>Whether this marking was the first.</returns>
    public bool MarkDone(string? note, DateTimeOffset now)
    {
        if (CancelledAt is not null)
        {
            throw new DomainRuleException("task_cancelled");
        }
        var errors = new List<FieldError>();
        var text = TextRules.OptionalText(note, "note", NoteMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        if (DoneAt is not null)
        {
            return false;
        }
        DoneAt = now;
        ClientNote = text;
        return true;
    }

    /// <summary>Withdrawn by a professional taking part: given by mistake, or no longer needed. A done task stays done.</summary>
    public void Cancel(MessageCase onCase, Guid byId, DateTimeOffset now)
    {
        CheckTakesPart(onCase, byId);
        if (DoneAt is not null)
        {
            throw new DomainRuleException("task_already_done");
        }
        if (CancelledAt is null)
        {
            CancelledAt = now;
            CancelledById = byId;
        }
    }

    private static void CheckTakesPart(MessageCase onCase, Guid professionalId)
    {
        if (!onCase.Active)
        {
            throw new DomainRuleException("tasks_case_ended");
        }
        if (!onCase.TakesPart(professionalId))
        {
            throw new DomainRuleException("messages_not_taking_part");
        }
    }
}
