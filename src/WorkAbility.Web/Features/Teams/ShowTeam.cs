using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F10, F12, F13, F22: the client's team as the team page and the API show it — members, key actors missing, meetings, a pending handover.</summary>
public static class ShowTeam
{
    public sealed record Person(Guid Id, string Name, Profession Profession, string Organisation, Guid OrganisationId, OrganisationKind OrganisationKind);

    public sealed record MemberView(Person Person, bool IsCaseManager, DateTimeOffset JoinedAt);

    public sealed record MeetingView(Guid Id, MeetingStatus Status, IReadOnlyList<DateTimeOffset> ProposedStarts, DateTimeOffset? Start, int DurationMinutes,
        string? Place, string? VideoLink, IReadOnlyList<Person> Participants, bool ClientTakesPart, bool CloseParticipantTakesPart, string ConvenedBy,
        string? Minutes, IReadOnlyList<string> Decisions, DateTimeOffset? NextMeetingAt, string? MinutesRecordedBy, DateTimeOffset? MinutesRecordedAt)
    {
        /// <summary>The client's answer to the invitation (F40), their note and when they answered.</summary>
        public ClientAnswer? ClientAnswer { get; init; }
        public string? ClientAnswerNote { get; init; }
        public DateTimeOffset? ClientAnsweredAt { get; init; }

        /// <summary>Whether the client came, as the minutes say.</summary>
        public bool? ClientAttended { get; init; }
    }

    public sealed record TeamView(Guid CaseId, ServicePath Path, CaseStage Stage, string? Version, IReadOnlyList<MemberView> Members,
        IReadOnlyList<KeyActor> MissingKeyActors, ClientSituation Situation, string? ClientWishes, string? CloseParticipantName,
        string? CloseParticipantRelation, IReadOnlyList<MeetingView> Meetings, HandoverView? Handover);

    /// <summary>A warm handover waiting for the successor's answer (F22).</summary>
    public sealed record HandoverView(Guid SuccessorId, string Successor, string ProposedBy, DateTimeOffset ProposedAt, DateTimeOffset ExpiresAt, string Note);

    public sealed record View(Guid ClientId, string ClientName, TeamView? Team, Guid? ActiveCaseId, IReadOnlyList<Person> Candidates, bool HasValidConsent)
    {
        /// <summary>Whether the reader may add and remove members (the coordinator or the case manager): others see no such buttons.</summary>
        public bool MayChangeTeam { get; init; }

        /// <summary>When the support the team served ended: the team is then history, shown read-only.</summary>
        public DateTimeOffset? EndedAt { get; init; }

        /// <summary>The services and contacts the client already has: the team builds on them and may ask their contacts to join (F32).</summary>
        public IReadOnlyList<WorkAbility.Web.Features.Shared.ExistingServiceView> ExistingServices { get; init; } = [];

        /// <summary>Candidates who are already the client's contact person in a current service: the team proposal suggests them first (F32).</summary>
        public IReadOnlySet<Guid> ExistingContacts { get; init; } = new HashSet<Guid>();

        /// <summary>Candidates who would not see the client once on the team: no valid consent names their organisation.</summary>
        public IReadOnlySet<Guid> OutsideConsent { get; init; } = new HashSet<Guid>();
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock, RiskThresholds thresholds)
    {
        /// <param name="withCandidates">The people one could add to the team: the team's own pages need them, the client's do not.</param>
        public async Task<View> Handle(Guid clientId, CancellationToken ct, bool withCandidates = true)
        {
            var client = await access.ReadClient(clientId, "team.view", ct);
            // Without an active case the latest ended one is shown, read-only, so the team's history stays in sight.
            var supportCase = await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
                ?? await db.SupportCases.AsNoTracking().Where(s => s.ClientId == clientId).OrderByDescending(s => s.EndedAt).FirstOrDefaultAsync(ct);
            var candidates = withCandidates
                ? await TeamWork.People(db, db.Professionals.Where(p => p.Active && (p.Role == StaffRole.Professional || p.Role == StaffRole.Coordinator)), ct)
                : [];
            var hasConsent = access.HasValidConsent(clientId);
            var (existing, _) = await WorkAbility.Web.Features.Shared.ExistingServiceReads.ForClient(db, access, clientId,
                WorkAbility.Domain.Common.FinnishCalendar.DateOf(clock.GetUtcNow()), ct);
            var current = existing.Where(e => e.Current).ToList();
            var contactNames = current.Select(e => e.ContactPerson).OfType<string>().ToHashSet(StringComparer.CurrentCultureIgnoreCase);
            var existingContacts = candidates.Where(c => contactNames.Contains(c.Name)).Select(c => c.Id).ToHashSet();
            if (supportCase is null)
            {
                return new View(clientId, client.FullName, null, null, candidates, hasConsent) { ExistingServices = current };
            }
            Guid? activeCaseId = supportCase.IsActive ? supportCase.Id : null;
            var facts = access.FactsOf(clientId);
            var outside = ConsentReach.OutsideConsent(facts, supportCase.Id, candidates.Select(p => new ConsentReach.Member(p.Id, p.OrganisationId)))
                .Select(m => m.ProfessionalId).ToHashSet();
            var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
            if (team is null)
            {
                return new View(clientId, client.FullName, null, activeCaseId, supportCase.IsActive ? candidates : [], hasConsent)
                    { EndedAt = supportCase.EndedAt, OutsideConsent = outside, ExistingServices = current, ExistingContacts = existingContacts };
            }
            // Past members, convenors and participants may no longer be active: they are looked up too, in one query.
            var meetings = await db.Meetings.AsNoTracking().Where(m => m.SupportCaseId == supportCase.Id).OrderByDescending(m => m.ConvenedAt).ToListAsync(ct);
            var byId = candidates.ToDictionary(p => p.Id);
            var absent = team.Members.Select(m => m.ProfessionalId)
                .Concat(meetings.SelectMany(m => m.ParticipantIds.Append(m.ConvenedById).Concat(m.MinutesRecordedById is { } r ? [r] : [])))
                .Where(id => !byId.ContainsKey(id)).Distinct().ToList();
            if (absent.Count > 0)
            {
                foreach (var person in await TeamWork.People(db, db.Professionals.Where(p => absent.Contains(p.Id)), ct))
                {
                    byId[person.Id] = person;
                }
            }
            var members = team.Members.Where(m => m.IsCurrent).Select(m => new MemberView(byId[m.ProfessionalId], m.ProfessionalId == team.CaseManagerId, m.JoinedAt))
                .OrderByDescending(m => m.IsCaseManager).ThenBy(m => m.Person.Name).ToList();
            string Name(Guid? id) => id is { } g && byId.TryGetValue(g, out var p) ? p.Name : "";
            return new View(clientId, client.FullName, new TeamView(supportCase.Id, supportCase.Path, supportCase.Stage, team.Version.ToString("N"), members,
                KeyActors.Missing(supportCase.Path, team.Situation, members.Select(m => (m.Person.Profession, m.Person.OrganisationKind))),
                team.Situation, team.ClientWishes, team.CloseParticipantName, team.CloseParticipantRelation,
                meetings.Select(m => new MeetingView(m.Id, m.Status, m.ProposedStarts, m.Start, m.DurationMinutes, m.Place, m.VideoLink,
                    m.ParticipantIds.Where(byId.ContainsKey).Select(p => byId[p]).ToList(), m.ClientTakesPart, m.CloseParticipantTakesPart, Name(m.ConvenedById),
                    m.Minutes, m.Decisions, m.NextMeetingAt, m.MinutesRecordedById is null ? null : Name(m.MinutesRecordedById), m.MinutesRecordedAt)
                {
                    ClientAnswer = m.ClientAnswer, ClientAnswerNote = m.ClientAnswerNote, ClientAnsweredAt = m.ClientAnsweredAt, ClientAttended = m.ClientAttended,
                }).ToList(),
                team.HasPendingHandover(clock.GetUtcNow(), thresholds.HandoverValidity)
                    ? new HandoverView(team.ProposedSuccessorId!.Value, Name(team.ProposedSuccessorId), Name(team.HandoverProposedById),
                        team.HandoverProposedAt!.Value, team.HandoverProposedAt!.Value + thresholds.HandoverValidity, team.HandoverNote ?? "")
                    : null),
                activeCaseId, candidates, hasConsent)
            {
                MayChangeTeam = supportCase.IsActive &&
                    access.Actor is { Kind: ActorKind.Professional, ProfessionalId: { } me, Role: { } role } && team.MayChange(me, role),
                EndedAt = supportCase.EndedAt,
                OutsideConsent = outside,
                ExistingServices = current,
                ExistingContacts = existingContacts,
            };
        }
    }

    /// <summary>The client's own team (F27): members, their organisations and roles, the close person, the meetings.</summary>
    public static void MapMine(RouteGroupBuilder me) =>
        me.MapGet("/team", async (Handler handler, ClientAccess access, CancellationToken ct) =>
        {
            var view = await handler.Handle(access.OwnClientId(), ct, withCandidates: false);
            return Results.Ok(view.Team is { } team
                ? new { formed = true, team.Members, closePerson = team.CloseParticipantName, closePersonRelation = team.CloseParticipantRelation,
                    meetings = team.Meetings.Where(m => m.ClientTakesPart) }
                : (object)new { formed = false });
        }).WithSummary("My team: members with organisation and role (case manager marked), the close person I chose, the meetings I take part in");

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/team", async (Guid clientId, Handler handler, CancellationToken ct) =>
        {
            var view = await handler.Handle(clientId, ct);
            return Results.Ok(new { view.ActiveCaseId, view.Team, view.HasValidConsent, view.EndedAt, outsideConsent = view.OutsideConsent });
        });
}
