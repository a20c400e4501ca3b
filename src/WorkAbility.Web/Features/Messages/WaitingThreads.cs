using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;

namespace WorkAbility.Web.Features.Messages;

/// <summary>One thread with a client's message nobody has answered yet, on a case the professional takes part in.</summary>
public sealed record WaitingThread(Guid ThreadId, Guid ClientId, Guid? RegisteredAt, string ClientName, string Subject, DateTimeOffset WaitingSince, int Unread);

/// <summary>
/// The threads waiting for the team, for one professional: on the active cases they coordinate or are a current team
/// member of, threads with a client's message that no team message follows. One query, oldest wait first; "waiting
/// since" is the same rule as the risk radar's (CaseRiskFacts).
/// </summary>
internal static class WaitingThreads
{
    public static Task<List<WaitingThread>> Of(AppDbContext db, Guid professionalId, int take, CancellationToken ct)
    {
        var myCases = MessageReading.CasesTakenPartIn(db, professionalId);
        return db.MessageThreads.AsNoTracking()
            .Where(t => myCases.Contains(t.SupportCaseId))
            .Join(db.Clients.AsNoTracking(), t => t.ClientId, c => c.Id, (t, c) => new
            {
                t.Id, t.ClientId, c.RegisteredAtOrganisationId, c.LastName, c.FirstName, t.Subject,
                WaitingSince = db.CaseMessages.Where(m => m.ThreadId == t.Id && m.FromClient &&
                        !db.CaseMessages.Any(a => a.ThreadId == t.Id && !a.FromClient && a.SentAt > m.SentAt))
                    .Min(m => (DateTimeOffset?)m.SentAt),
                Unread = db.CaseMessages.Count(m => m.ThreadId == t.Id && m.FromClient && m.ReadAt == null),
            })
            .Where(x => x.WaitingSince != null)
            .OrderBy(x => x.WaitingSince).ThenBy(x => x.Id)
            .Take(take)
            .Select(x => new WaitingThread(x.Id, x.ClientId, x.RegisteredAtOrganisationId, x.LastName + ", " + x.FirstName, x.Subject, x.WaitingSince!.Value, x.Unread))
            .ToListAsync(ct);
    }
}
