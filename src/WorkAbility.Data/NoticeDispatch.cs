using Microsoft.EntityFrameworkCore;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data;

/// <summary>A save-time effect (WorkAbility.Web's <c>Infrastructure/Database/SaveEffects</c> lists them all).</summary>
internal static class NoticeDispatch
{
    /// <summary>
    /// The one place notices become notifications: every notice the changed cases raised is
    /// resolved to its people (an organisation's staff, team members from organisations) and
    /// stored with the change, one notification per person, never to the one who acted.
    /// </summary>
    public static async Task DispatchAsync(AppDbContext db, CancellationToken ct)
    {
        var cases = db.ChangeTracker.Entries<SupportCase>().Select(e => e.Entity).Where(c => c.PendingNotices.Count > 0).ToList();
        foreach (var supportCase in cases)
        {
            foreach (var notice in supportCase.PendingNotices)
            {
                IReadOnlyCollection<Guid> people = notice.Audience switch
                {
                    WorkAbility.Domain.Notifications.NoticeAudience.People p => p.Ids,
                    WorkAbility.Domain.Notifications.NoticeAudience.StaffOf s => await db.Professionals.AsNoTracking()
                        .Where(p => p.OrganisationId == s.OrganisationId && p.Active &&
                                    (p.Role == StaffRole.Coordinator || (!s.CoordinatorsOnly && p.Role == StaffRole.Professional)))
                        .Select(p => p.Id).ToListAsync(ct),
                    WorkAbility.Domain.Notifications.NoticeAudience.TeamMembersFrom t => await db.TeamMemberships.AsNoTracking()
                        .Where(m => m.SupportCaseId == notice.SupportCaseId && m.LeftAt == null)
                        .Join(db.Professionals, m => m.ProfessionalId, p => p.Id, (m, p) => p)
                        .Where(p => t.OrganisationIds.Contains(p.OrganisationId))
                        .Select(p => p.Id).Distinct().ToListAsync(ct),
                    _ => [],
                };
                db.Notifications.AddRange(people.Distinct().Where(id => id != notice.Except)
                    .Select(id => WorkAbility.Domain.Notifications.Notification.To(id, notice.Kind, notice.SupportCaseId, notice.At, notice.SubjectId)));
            }
            supportCase.NoticesDispatched();
        }
    }
}
