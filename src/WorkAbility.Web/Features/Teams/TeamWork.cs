using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>What the team's use cases share: who may change the team, the people to choose from, a meeting of the case.</summary>
internal static class TeamWork
{
    /// <summary>
    /// The write door for a change to the team. A caller that names the version it saw
    /// (<paramref name="basedOnVersion"/>, as <c>GET …/team</c> gives it) is refused with 409 if the
    /// team changed since, never merged — as a plan save is. Meetings are the team's own business;
    /// changing the team is for its coordinator and case manager.
    /// </summary>
    public static async Task<CaseForWrite> LoadTeamForChange(this ClientAccess access, Guid clientId, string resource, CancellationToken ct,
        bool membersOnly = false, string? basedOnVersion = null, string membersOnlyRefusal = "meeting_only_team_convenes")
    {
        var work = await access.LoadCaseForWrite(clientId, resource, ct);
        var team = work.RequireTeam();
        team.EnsureUnchangedSince(basedOnVersion);
        bool may = membersOnly ? team.IsMember(work.ProfessionalId) : team.MayChange(work.ProfessionalId, work.Actor.Role!.Value);
        if (!may)
        {
            throw new DomainRuleException(membersOnly ? membersOnlyRefusal : "team_changed_by_coordinator_or_case_manager");
        }
        return work;
    }

    public static async Task<TeamMeeting> Meeting(AppDbContext db, Guid caseId, Guid meetingId, CancellationToken ct) =>
        await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.SupportCaseId == caseId, ct)
        ?? throw DomainRuleException.NotFound("meeting_not_found");

    /// <summary>Only active professionals and coordinators can be chosen into a team.</summary>
    public static async Task EnsureProfessionals(AppDbContext db, IReadOnlyCollection<Guid> ids, string field, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var found = await db.Professionals.CountAsync(p => distinct.Contains(p.Id) && p.Active &&
            (p.Role == StaffRole.Professional || p.Role == StaffRole.Coordinator), ct);
        if (found != distinct.Count)
        {
            throw new DomainValidationException([new FieldError(field, "invalid_choice")]);
        }
    }

    public static Task<List<ShowTeam.Person>> People(AppDbContext db, IQueryable<Professional> professionals, CancellationToken ct) =>
        professionals.AsNoTracking()
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p, o })
            .OrderBy(x => x.o.Name).ThenBy(x => x.p.LastName).ThenBy(x => x.p.FirstName)
            .Select(x => new ShowTeam.Person(x.p.Id, x.p.FirstName + " " + x.p.LastName, x.p.Profession, x.o.Name, x.o.Id, x.o.Kind))
            .ToListAsync(ct);
}
