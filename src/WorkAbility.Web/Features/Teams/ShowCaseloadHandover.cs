using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>
/// What handing a caseload over starts from: whose caseload (one's own; a coordinator also a colleague's of the same
/// organisation — someone who leaves or falls ill cannot always do it themselves) and the colleagues who could take it,
/// each with how many cases they manage now. Counts only: no client is named here.
/// </summary>
public static class ShowCaseloadHandover
{
    public sealed record Person(Guid Id, string Name, Profession Profession, bool Active, int Caseload);

    public sealed record View(IReadOnlyList<Person> Leaving, IReadOnlyList<Person> Colleagues, bool MayChooseWhose);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var organisation = actor.OrganisationId!.Value;
            bool coordinator = actor.Role is StaffRole.Coordinator;
            var people = await db.Professionals.AsNoTracking().Where(p => p.OrganisationId == organisation)
                .Select(p => new { p.Id, Name = p.FirstName + " " + p.LastName, p.Profession, p.Active, p.Role })
                .ToListAsync(ct);
            var ids = people.Select(p => p.Id).ToList();
            var caseloads = await Caseloads(db, ids, ct);
            var all = people.Select(p => new Person(p.Id, p.Name, p.Profession, p.Active, caseloads.GetValueOrDefault(p.Id)))
                .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false)).ToList();
            var leaving = coordinator
                ? all.Where(p => p.Caseload > 0 || p.Id == actor.ProfessionalId).ToList()
                : all.Where(p => p.Id == actor.ProfessionalId).ToList();
            // Whoever hands over their own caseload is not their own successor; a coordinator chooses whose, so sees everyone.
            var colleagues = all.Where(p => p.Active && people.Single(x => x.Id == p.Id).Role is StaffRole.Professional or StaffRole.Coordinator
                && (coordinator || p.Id != actor.ProfessionalId)).ToList();
            return new View(leaving, colleagues, coordinator);
        }
    }

    /// <summary>How many active cases each person manages (is the team's case manager of).</summary>
    public static async Task<Dictionary<Guid, int>> Caseloads(AppDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await db.Teams.AsNoTracking()
            .Where(t => ids.Contains(t.CaseManagerId) && db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.Stage != CaseStage.Ended))
            .GroupBy(t => t.CaseManagerId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/worklist/handover", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .WithSummary("Whose caseload the caller may hand over, and the colleagues who could take it, with their caseloads (no client named)");
}
