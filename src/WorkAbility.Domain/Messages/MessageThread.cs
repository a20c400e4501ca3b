using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Messages;

/// <summary>
/// A secure conversation between the client and the people who work with them on one support case (F40): the case's
/// coordinator and its team (the case manager among them). Either side may start one; each message is kept as written.
/// Seed 001 makes the client an equal partner (<i>tasavertainen keskustelukumppanuus</i>); a thread is where they can
/// ask and be answered between meetings.
/// </summary>
public sealed class MessageThread
{
    public const int SubjectMaxLength = 150;

    private MessageThread() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid ClientId { get; private set; }
    public string Subject { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The professional who started it; none when the client did.</summary>
    public Guid? StartedById { get; private set; }

    /// <summary>Starts a thread on an active case with its first message.</summary>
    public static (MessageThread Thread, CaseMessage First) Start(MessageCase onCase, MessageWriter writer, string? subject, string? text, DateTimeOffset now)
    {
        onCase.CheckWriter(writer);
        var errors = new List<FieldError>();
        var title = TextRules.RequiredText(subject, "subject", SubjectMaxLength, errors);
        var body = TextRules.RequiredText(text, "text", CaseMessage.TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        var thread = new MessageThread
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = onCase.CaseId,
            ClientId = onCase.ClientId,
            Subject = title,
            StartedAt = now,
            StartedById = writer.ProfessionalId,
        };
        return (thread, CaseMessage.Write(thread, writer, body, now));
    }

    /// <summary>Answers in the thread; only while its case is active, and only by the client or a professional taking part.</summary>
    public CaseMessage Reply(MessageCase onCase, MessageWriter writer, string? text, DateTimeOffset now)
    {
        if (onCase.CaseId != SupportCaseId)
        {
            throw new InvalidOperationException("The thread belongs to another case.");
        }
        onCase.CheckWriter(writer);
        var errors = new List<FieldError>();
        var body = TextRules.RequiredText(text, "text", CaseMessage.TextMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return CaseMessage.Write(this, writer, body, now);
    }
}

/// <summary>One message in a thread: who wrote it, what, when, and when the other side first opened it.</summary>
public sealed class CaseMessage
{
    public const int TextMaxLength = 4000;

    private CaseMessage() { }

    public Guid Id { get; private set; }
    public Guid ThreadId { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid ClientId { get; private set; }
    public bool FromClient { get; private set; }

    /// <summary>The professional who wrote it; none for the client's own message.</summary>
    public Guid? AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>When the other side first opened it: the client for a team's message, anyone taking part for the client's.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The other side opened it; the first opening is kept.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    internal static CaseMessage Write(MessageThread thread, MessageWriter writer, string text, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ThreadId = thread.Id,
        SupportCaseId = thread.SupportCaseId,
        ClientId = thread.ClientId,
        FromClient = writer.IsClient,
        AuthorId = writer.ProfessionalId,
        Text = text,
        SentAt = now,
    };
}

/// <summary>Who writes: the client (no professional id) or a professional.</summary>
public sealed record MessageWriter(Guid? ProfessionalId)
{
    public static MessageWriter Client { get; } = new((Guid?)null);

    public bool IsClient => ProfessionalId is null;
}

/// <summary>The case a thread is on, as a writer's rule needs it: whether it runs, and who takes part.</summary>
public sealed record MessageCase(Guid CaseId, Guid ClientId, bool Active, Guid? CoordinatorId, IReadOnlySet<Guid> TeamMemberIds)
{
    /// <summary>The coordinator and the team's current members (the case manager among them) take part; nobody else.</summary>
    public bool TakesPart(Guid professionalId) => CoordinatorId == professionalId || TeamMemberIds.Contains(professionalId);

    /// <summary>Whether anyone on the professionals' side would read a client's message.</summary>
    public bool HasAnyoneToAnswer => CoordinatorId is not null || TeamMemberIds.Count > 0;

    internal void CheckWriter(MessageWriter writer)
    {
        if (!Active)
        {
            throw new DomainRuleException("messages_case_ended");
        }
        if (writer.ProfessionalId is { } id ? !TakesPart(id) : !HasAnyoneToAnswer)
        {
            throw new DomainRuleException(writer.IsClient ? "messages_nobody_yet" : "messages_not_taking_part");
        }
    }
}
