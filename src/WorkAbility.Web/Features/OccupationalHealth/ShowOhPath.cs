using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F25, F26: the occupational health path as the page and the API show it — who is responsible,
/// the early support discussions, the handovers with their work ability summary.
/// </summary>
public static class ShowOhPath
{
    public sealed record Choice(Guid Id, string Name);

    public sealed record Discussion(DateTimeOffset At, string Note);

    public sealed record AssessmentLine(DateTimeOffset AssessedAt, string Level, int? WorkAbilityScore, string Reasons);

    public sealed record HandoverView(Guid Id, string From, string To, OhHandoverReason Reason, string WorkAbilitySummary, string? SickLeaveHistory,
        string HandedOverBy, DateTimeOffset HandedOverAt, string? ReceivedBy, DateTimeOffset? ReceivedAt);

    public sealed record View(Guid ClientId, string ClientName, Guid? CaseId, ServicePath? Path, CaseStage? Stage, string? ResponsibleOrganisation,
        bool IsResponsibleOh, bool MayRecordEarlySupport, DateOnly? EmploymentEndedOn, IReadOnlyList<Discussion> EarlySupportDiscussions, IReadOnlyList<Choice> CountyOrganisations,
        IReadOnlyList<HandoverView> Handovers, IReadOnlyList<AssessmentLine> Assessments, string? PlanGoal, int? PlanVersion, bool MayReceive);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid clientId, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, "oh.view", ct);
            var actor = access.Actor;
            var counties = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.SoteCentre).OrderBy(o => o.Name)
                .Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
            var supportCase = await db.SupportCases.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct);
            if (supportCase is null)
            {
                return new View(clientId, client.FullName, null, null, null, null, false, false, null, [], counties, [], [], null, null, false);
            }
            var orgNames = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            var handovers = await db.OhHandovers.AsNoTracking().Where(h => h.SupportCaseId == supportCase.Id).OrderByDescending(h => h.HandedOverAt).ToListAsync(ct);
            var peopleIds = handovers.Select(h => h.HandedOverById).Concat(handovers.Select(h => h.ReceivedById).OfType<Guid>()).Distinct().ToList();
            var people = await db.Professionals.AsNoTracking().Where(p => peopleIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            // The work ability summary: the assessments and the plan, as far as the consent lets them be shown.
            var assessments = access.MayShow(clientId, DataCategory.HealthData)
                ? (await db.NeedAssessments.AsNoTracking().Where(a => a.SupportCaseId == supportCase.Id).OrderByDescending(a => a.AssessedAt).ToListAsync(ct))
                    .Select(a => new AssessmentLine(a.AssessedAt, a.Level.ToString(), a.WorkAbilityScore, a.Reasons)).ToList()
                : [];
            var plan = await db.Plans.AsNoTracking().Where(p => p.SupportCaseId == supportCase.Id).Select(p => new { p.Content, p.Number }).FirstOrDefaultAsync(ct);
            bool responsibleOh = actor.OrganisationId is { } org && supportCase.IsOccupationalHealthOf(org);
            return new View(clientId, client.FullName, supportCase.Id, supportCase.Path, supportCase.Stage,
                orgNames.GetValueOrDefault(supportCase.ResponsibleOrganisationId), responsibleOh,
                actor.ProfessionalId is not null && (responsibleOh || supportCase.Path is ServicePath.EmployedWithoutOccupationalHealth),
                supportCase.EmploymentEndedOn,
                supportCase.Events.Where(e => e.Kind == CaseEventKind.EarlySupportDiscussion).Select(e => new Discussion(e.OccurredAt, e.Note ?? "")).ToList(),
                counties,
                handovers.Select(h => new HandoverView(h.Id, orgNames.GetValueOrDefault(h.FromOrganisationId, ""), orgNames.GetValueOrDefault(h.ToOrganisationId, ""), h.Reason,
                    h.WorkAbilitySummary, h.SickLeaveHistory, people.GetValueOrDefault(h.HandedOverById, ""), h.HandedOverAt,
                    h.ReceivedById is { } r ? people.GetValueOrDefault(r) : null, h.ReceivedAt)).ToList(),
                assessments, plan?.Content.ClientGoal, plan?.Number,
                actor.Role is StaffRole.Coordinator && handovers.Any(h => h.ReceivedAt is null && h.ToOrganisationId == actor.OrganisationId));
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/occupational-health", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)));
}
