using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Consents;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Clients;

/// <summary>
/// Everything a professional sees on the client's page: the client, their cases (active first)
/// with timelines, concerns and the people involved. One access-log entry for the whole view.
/// </summary>
public static class ClientOverview
{
    public sealed record TimelineEntry(DateTimeOffset At, CaseEventKind? Kind, CaseStage? From, CaseStage? To, string? Actor, CaseEventDetail? Detail)
    {
        /// <summary>The reader's consent leaves out what the entry would reveal: only its time is shown, never its title, author or note.</summary>
        public bool HiddenByConsent { get; init; }
    }

    public sealed record ConcernView(Guid Id, DateOnly NoticedOn, ConcernSource Source, string? SourceService, ContactChannel Channel,
        ContactBasis Basis, string Description, DateTimeOffset? RaisedWithClientAt, string? ClientResponse, string RecordedBy);

    public sealed record AssessmentView(DateTimeOffset AssessedAt, string AssessedBy, Domain.Assessment.LevelOfSupport Level, string Reasons,
        string ClientView, string ProfessionalView, string? MeasuresUsed, int? WorkAbilityScore, bool? LikelyTypClient);

    public sealed record CaseView(Guid Id, ServicePath Path, CaseStage Stage, DateTimeOffset OpenedAt, string OpenedAt_Organisation,
        string? Coordinator, CaseOutcome? Outcome, DateTimeOffset? EndedAt, IReadOnlyList<TimelineEntry> Timeline,
        IReadOnlyList<ConcernView> Concerns, IReadOnlyList<string> TeamMembers, IReadOnlyList<AssessmentView> Assessments, string Version);

    /// <param name="TakesPartInMessages">The reader coordinates the client's case or is on its team, so the messages page opens to them (F40).</param>
    public sealed record View(Client Client, IReadOnlyList<CaseView> Cases, IReadOnlyList<WorkAbility.Domain.Risks.RiskFinding> Risks, string? Responsible = null,
        bool TakesPartInMessages = false)
    {
        public CaseView? ActiveCase => Cases.FirstOrDefault(c => c.Stage != CaseStage.Ended);
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, Risks.CaseRiskFacts riskFacts, TimeProvider clock)
    {
        public async Task<View> Handle(Guid clientId, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, "client.overview", ct);
            var cases = await db.SupportCases.AsNoTracking().Include(c => c.Events)
                .Where(c => c.ClientId == clientId).ToListAsync(ct);
            var caseIds = cases.Select(c => c.Id).ToList();
            // Across organisations only the data categories the client's consent covers are shown (F11).
            var concerns = (await db.Concerns.AsNoTracking().Where(c => caseIds.Contains(c.SupportCaseId)).ToListAsync(ct))
                .Where(c => access.MayShow(clientId, DataCategories.OfConcern(c.Basis))).ToList();
            var assessments = access.MayShow(clientId, DataCategories.OfAssessment)
                ? await db.NeedAssessments.AsNoTracking().Where(a => caseIds.Contains(a.SupportCaseId)).ToListAsync(ct)
                : [];
            // The current members were read by the access decision.
            var members = access.FactsOf(clientId).Cases
                .SelectMany(c => c.TeamMemberIds.Select(m => new { SupportCaseId = c.CaseId, ProfessionalId = m })).ToList();

            // Names of the people and organisations mentioned, in one query each.
            var peopleIds = cases.SelectMany(c => c.Events.Select(e => e.ActorId)).Append(null)
                .Concat(cases.Select(c => c.CoordinatorId)).Concat(concerns.Select(c => (Guid?)c.RecordedById))
                .Concat(members.Select(m => (Guid?)m.ProfessionalId))
                .Concat(assessments.Select(a => (Guid?)a.AssessedById))
                .OfType<Guid>().Distinct().ToList();
            var people = await db.Professionals.AsNoTracking().Where(p => peopleIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            var orgIds = cases.Select(c => c.OpenedAtOrganisationId).Concat(cases.Select(c => c.ResponsibleOrganisationId)).Distinct().ToList();
            var orgs = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

            string? Name(Guid? id) => id is { } g && people.TryGetValue(g, out var n) ? n : null;

            var views = cases
                .OrderBy(c => c.Stage == CaseStage.Ended ? 1 : 0).ThenByDescending(c => c.OpenedAt)
                .Select(c => new CaseView(c.Id, c.Path, c.Stage, c.OpenedAt, orgs.GetValueOrDefault(c.OpenedAtOrganisationId, ""),
                    Name(c.CoordinatorId), c.Outcome, c.EndedAt,
                    c.Events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
                        .Select(e => access.MayShow(clientId, DataCategories.OfEvent(e.Kind))
                            ? new TimelineEntry(e.OccurredAt, e.Kind, e.FromStage, e.ToStage, Name(e.ActorId), e.Detail)
                            : new TimelineEntry(e.OccurredAt, null, null, null, null, null) { HiddenByConsent = true }).ToList(),
                    concerns.Where(x => x.SupportCaseId == c.Id).OrderByDescending(x => x.RecordedAt)
                        .Select(x => new ConcernView(x.Id, x.NoticedOn, x.Source, x.SourceService, x.Channel, x.Basis, x.Description,
                            x.RaisedWithClientAt, x.ClientResponse, Name(x.RecordedById) ?? "")).ToList(),
                    members.Where(m => m.SupportCaseId == c.Id).Select(m => Name(m.ProfessionalId) ?? "").Order(StringComparer.CurrentCulture).ToList(),
                    assessments.Where(a => a.SupportCaseId == c.Id).OrderByDescending(a => a.AssessedAt)
                        .Select(a => new AssessmentView(a.AssessedAt, Name(a.AssessedById) ?? "", a.Level, a.Reasons, a.ClientView,
                            a.ProfessionalView, a.MeasuresUsed, a.WorkAbilityScore, a.LikelyTypClient)).ToList(),
                    c.Version.ToString("N")))
                .ToList();
            // The radar reads plan and assessment facts: it is shown to those who may see health data.
            var active = cases.FirstOrDefault(c => c.IsActive);
            var risks = active is not null && access.MayShow(clientId, DataCategories.OfAssessment)
                ? (await riskFacts.Evaluate(db.SupportCases.Where(c => c.Id == active.Id), clock.GetUtcNow(), ct)).Single().Risks
                : [];
            return new View(client, views, risks, active is null ? null : orgs.GetValueOrDefault(active.ResponsibleOrganisationId),
                WorkAbility.Domain.Messages.MessageAccess.CasesTakenPartIn(access.Actor, access.FactsOf(clientId)).Count > 0);
        }
    }
}
