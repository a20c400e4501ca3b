using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Data.Demo;

namespace WorkAbility.Web.Features.SignIn;

/// <summary>The people one can sign in as in demo mode: every active staff member and a few clients.</summary>
public static class DemoUsers
{
    public const string ClientPrefix = "asiakas-";
    public const string ClientRole = "Client";

    /// <summary>The demo's resident not yet a client signs in by this name (F40).</summary>
    public const string ResidentUsername = "asukas-riikka";
    public const string ResidentRole = "Resident";

    /// <summary>A client or a resident: the sign-in page lists them apart from staff.</summary>
    public static bool IsPerson(User user) => user.Role is ClientRole or ResidentRole;

    private sealed record DemoClient(Guid Id, string FirstName, string LastName, string Municipality);

    public sealed record User(string Username, string DisplayName, string Role, string? Profession, string Organisation, string? OrganisationKind);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<User>> List(CancellationToken ct)
        {
            var staff = await (from p in db.Professionals.AsNoTracking()
                               join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                               where p.Active
                               select new { p.Username, p.FirstName, p.LastName, p.Role, p.Profession, OrganisationName = o.Name, o.Kind })
                .ToListAsync(ct);
            // Demo clients, one for each part of the client's own service: Matti of seed 000 (just arrived),
            // someone whose team of several organisations has a plan and a meeting ahead, someone whose support ended lately, and
            // someone asked where they are three months after the end.
            var matti = await db.Clients.AsNoTracking()
                .Where(c => c.FirstName == DemoCountySeeder.MattiFirstName && c.LastName == DemoCountySeeder.MattiLastName)
                .Select(c => new DemoClient(c.Id, c.FirstName, c.LastName, c.Municipality)).FirstOrDefaultAsync(ct);
            var withPlan = await db.Clients.AsNoTracking()
                .Where(c => db.SupportCases.Any(s => s.ClientId == c.Id && s.Stage != WorkAbility.Domain.Cases.CaseStage.Ended &&
                    db.Meetings.Any(m => m.SupportCaseId == s.Id && m.Status == WorkAbility.Domain.Teams.MeetingStatus.Scheduled && m.ClientTakesPart) &&
                    db.Plans.Any(p => p.SupportCaseId == s.Id) &&
                    // a team across organisations, so the consent has something to narrow: a member whose only way in is the
                    // consent (not of the holding organisation or the coordinator's, nor the occupational health unit responsible on its own path)
                    db.TeamMemberships.Any(m => m.SupportCaseId == s.Id && m.LeftAt == null &&
                        db.Professionals.Any(p => p.Id == m.ProfessionalId && p.OrganisationId != s.OpenedAtOrganisationId &&
                            (s.OccupationalHealthOrganisationId == null || p.OrganisationId != s.OccupationalHealthOrganisationId) &&
                            !db.Professionals.Any(c => c.Id == s.CoordinatorId && c.OrganisationId == p.OrganisationId)))))
                .OrderBy(c => c.Id).Select(c => new DemoClient(c.Id, c.FirstName, c.LastName, c.Municipality)).FirstOrDefaultAsync(ct);
            var ended = await db.Clients.AsNoTracking()
                .Where(c => db.SupportCases.Any(s => s.ClientId == c.Id && s.Stage == WorkAbility.Domain.Cases.CaseStage.Ended) &&
                    !db.SupportCases.Any(s => s.ClientId == c.Id && s.Stage != WorkAbility.Domain.Cases.CaseStage.Ended))
                .OrderByDescending(c => db.SupportCases.Where(s => s.ClientId == c.Id).Max(s => s.EndedAt)).ThenBy(c => c.Id)
                .Select(c => new DemoClient(c.Id, c.FirstName, c.LastName, c.Municipality)).FirstOrDefaultAsync(ct);
            // Someone whose support ended three months ago and who is asked now where they are (F39).
            var askedAfter = clock.GetUtcNow().AddMonths(-3);
            var askedFrom = askedAfter - WorkAbility.Domain.FollowUp.SituationAfterSupport.AskFor;
            var afterSupport = await db.Clients.AsNoTracking()
                .Where(c => !db.SupportCases.Any(s => s.ClientId == c.Id && s.Stage != WorkAbility.Domain.Cases.CaseStage.Ended) &&
                    db.SupportCases.Any(s => s.ClientId == c.Id && s.EndedAt >= askedFrom && s.EndedAt <= askedAfter.AddDays(-1) &&
                        !db.SupportCases.Any(later => later.ClientId == c.Id && later.OpenedAt > s.OpenedAt) &&
                        !db.SituationsAfterSupport.Any(x => x.SupportCaseId == s.Id && x.MonthsAfter == 3)))
                .OrderBy(c => c.Id).Select(c => new DemoClient(c.Id, c.FirstName, c.LastName, c.Municipality)).FirstOrDefaultAsync(ct);
            var clients = new[] { matti, withPlan, ended, afterSupport }.OfType<DemoClient>().DistinctBy(c => c.Id).ToList();
            // Coordinators first, then professionals, managers and administrators (enum order, not alphabetical).
            return staff.OrderBy(s => s.Role is StaffRole.Coordinator ? -1 : (int)s.Role).ThenBy(s => s.LastName).ThenBy(s => s.FirstName).Select(s => new User(s.Username, s.FirstName + " " + s.LastName, s.Role.ToString(), s.Profession.ToString(), s.OrganisationName, s.Kind.ToString()))
                .Concat(clients.Select(c => new User(ClientPrefix + c.Id.ToString("N"), c.FirstName + " " + c.LastName, ClientRole, null, c.Municipality, null)))
                .Append(new User(ResidentUsername, DemoCounty.Resident.FirstName + " " + DemoCounty.Resident.LastName, ResidentRole, null, DemoCounty.Mallila, null))
                .ToList();
        }
    }
}
