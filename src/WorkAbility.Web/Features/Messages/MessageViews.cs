using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Messages;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Messages;

/// <summary>A client's message threads as one reader sees them: newest activity first, each with its messages in order.</summary>
public sealed record MessagesView(Guid ClientId, string ClientName, MessageCase? Writable, bool MayStart, IReadOnlyList<ThreadView> Threads, bool More)
{
    /// <summary>How the client is told that something waits (their own view only).</summary>
    public NoticeChannels? Channels { get; init; }

    public int Unread => Threads.Sum(t => t.Unread);
}

/// <summary>The client's choice of notices and the addresses they go to.</summary>
public sealed record NoticeChannels(bool Email, bool Sms, string? EmailAddress, string? Phone);

public sealed record ThreadView(Guid Id, string Subject, DateTimeOffset StartedAt, bool Open, IReadOnlyList<MessageView> Messages)
{
    public int Unread => Messages.Count(m => m.Unread);

    public DateTimeOffset LastAt => Messages.Count > 0 ? Messages[^1].SentAt : StartedAt;
}

/// <param name="Unread">Written by the other side and not opened before this reading.</param>
public sealed record MessageView(Guid Id, bool FromClient, string Author, string? AuthorOrganisation, string Text, DateTimeOffset SentAt, DateTimeOffset? ReadAt, bool Unread);

/// <summary>
/// Reads message threads for one reader and marks the other side's messages in them read. The cases read are those
/// the access decision named (<see cref="MessageAccess.CasesTakenPartIn"/>); one query for the threads, one for their
/// messages, one for the authors' names, one update.
/// </summary>
[Published]
internal static class MessageReading
{
    /// <summary>How many threads a page shows (newest activity first).</summary>
    public const int ThreadsPerPage = 20;

    public static async Task<MessagesView> Read(AppDbContext db, WorkAbility.Domain.Clients.Client client, IReadOnlyList<Guid> caseIds, MessageCase? writable,
        bool mayStart, bool readerIsClient, DateTimeOffset now, CancellationToken ct)
    {
        var threads = await db.MessageThreads.AsNoTracking().Where(t => t.ClientId == client.Id && caseIds.Contains(t.SupportCaseId))
            .Select(t => new { Thread = t, LastAt = db.CaseMessages.Where(m => m.ThreadId == t.Id).Max(m => (DateTimeOffset?)m.SentAt) ?? t.StartedAt })
            .OrderByDescending(x => x.LastAt).ThenByDescending(x => x.Thread.Id).Take(ThreadsPerPage + 1).ToListAsync(ct);
        var shown = threads.Take(ThreadsPerPage).Select(x => x.Thread).ToList();
        var ids = shown.Select(t => t.Id).ToList();
        var messages = await db.CaseMessages.AsNoTracking().Where(m => ids.Contains(m.ThreadId)).OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToListAsync(ct);
        var authorIds = messages.Select(m => m.AuthorId).OfType<Guid>().Distinct().ToList();
        var authors = await (from p in db.Professionals.AsNoTracking()
                             join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                             where authorIds.Contains(p.Id)
                             select new { p.Id, Name = p.FirstName + " " + p.LastName, Organisation = o.Name }).ToDictionaryAsync(a => a.Id, ct);
        var clientName = client.FirstName + " " + client.LastName;
        var byThread = messages.ToLookup(m => m.ThreadId);
        var views = shown.Select(t => new ThreadView(t.Id, t.Subject, t.StartedAt, writable is { Active: true } w && w.CaseId == t.SupportCaseId,
            byThread[t.Id].Select(m => new MessageView(m.Id, m.FromClient,
                m.AuthorId is { } a && authors.TryGetValue(a, out var author) ? author.Name : clientName,
                m.AuthorId is { } b && authors.TryGetValue(b, out var from) ? from.Organisation : null,
                m.Text, m.SentAt, m.ReadAt, m.FromClient != readerIsClient && m.ReadAt is null)).ToList())).ToList();
        // The other side's messages now shown are read: a message already read keeps when it was first read.
        var fromOtherSide = !readerIsClient;
        await db.CaseMessages.Where(m => ids.Contains(m.ThreadId) && m.FromClient == fromOtherSide && m.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ReadAt, now), ct);
        return new MessagesView(client.Id, clientName, writable, mayStart, views, threads.Count > ThreadsPerPage);
    }

    /// <summary>
    /// The case a new message would be written on: the client's active case, with who takes part in it taken from the access
    /// decision's facts (only whether a case is active is read here); none when no case runs.
    /// </summary>
    public static async Task<MessageCase?> WritableCase(AppDbContext db, ClientAccessFacts facts, CancellationToken ct)
    {
        var clientId = facts.ClientId;
        var active = await db.SupportCases.AsNoTracking().Where(WorkAbility.Domain.Cases.SupportCase.ActiveOf(clientId)).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        return active is { } id && facts.Cases.FirstOrDefault(c => c.CaseId == id) is { } relationships
            ? new MessageCase(id, clientId, true, relationships.CoordinatorId, relationships.TeamMemberIds)
            : null;
    }

    /// <summary>The active cases a professional takes part in (coordinator or current team member): whose client threads are theirs to answer.</summary>
    public static IQueryable<Guid> CasesTakenPartIn(AppDbContext db, Guid professionalId) =>
        db.SupportCases.Where(c => c.Stage != WorkAbility.Domain.Cases.CaseStage.Ended && (c.CoordinatorId == professionalId ||
            db.TeamMemberships.Any(m => m.SupportCaseId == c.Id && m.ProfessionalId == professionalId && m.LeftAt == null))).Select(c => c.Id);
}
