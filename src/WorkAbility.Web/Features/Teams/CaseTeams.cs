using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>
/// F10, F12, F13: the coordinator forms the team with the client, members come and go, the team
/// names its case manager, and any member convenes meetings and records their minutes once.
/// </summary>
public sealed class CaseTeams(AppDbContext db, ClientAccess access, TimeProvider clock, WorkAbility.Domain.Risks.RiskThresholds thresholds)
{
    public sealed class FormRequest
    {
        public List<Guid> MemberIds { get; set; } = [];
        public List<Guid> CaseManagerIds { get; set; } = [];
        public List<ClientSituation> Situation { get; set; } = [];
        public string? ClientWishes { get; set; }
        public string? CloseParticipantName { get; set; }
        public string? CloseParticipantRelation { get; set; }
    }

    public sealed record MemberRequest(Guid? ProfessionalId, string? BasedOnVersion = null);

    public sealed record HandoverRequest(Guid? SuccessorId, string? Note, string? BasedOnVersion = null);

    public sealed record HandoverAnswer(bool JointMeetingHeld, string? BasedOnVersion = null);

    public sealed class ConveneRequest
    {
        public List<DateTimeOffset> ProposedStarts { get; set; } = [];
        public int? DurationMinutes { get; set; }
        public string? Place { get; set; }
        public string? VideoLink { get; set; }
        public List<Guid> ParticipantIds { get; set; } = [];
        public bool ClientTakesPart { get; set; }
        public bool CloseParticipantTakesPart { get; set; }
    }

    public sealed record ScheduleRequest(DateTimeOffset? Start);

    public sealed class MinutesRequest
    {
        public string? Minutes { get; set; }
        public List<string?> Decisions { get; set; } = [];
        public DateTimeOffset? NextMeetingAt { get; set; }
    }

    public sealed record Person(Guid Id, string Name, Profession Profession, string Organisation, Guid OrganisationId, OrganisationKind OrganisationKind);

    public sealed record MemberView(Person Person, bool IsCaseManager, DateTimeOffset JoinedAt);

    public sealed record MeetingView(Guid Id, MeetingStatus Status, IReadOnlyList<DateTimeOffset> ProposedStarts, DateTimeOffset? Start, int DurationMinutes,
        string? Place, string? VideoLink, IReadOnlyList<Person> Participants, bool ClientTakesPart, bool CloseParticipantTakesPart, string ConvenedBy,
        string? Minutes, IReadOnlyList<string> Decisions, DateTimeOffset? NextMeetingAt, string? MinutesRecordedBy, DateTimeOffset? MinutesRecordedAt);

    public sealed record TeamView(Guid CaseId, ServicePath Path, CaseStage Stage, string? Version, IReadOnlyList<MemberView> Members,
        IReadOnlyList<KeyActor> MissingKeyActors, ClientSituation Situation, string? ClientWishes, string? CloseParticipantName,
        string? CloseParticipantRelation, IReadOnlyList<MeetingView> Meetings, HandoverView? Handover);

    /// <summary>A warm handover waiting for the successor's answer (F22).</summary>
    public sealed record HandoverView(Guid SuccessorId, string Successor, string ProposedBy, DateTimeOffset ProposedAt, DateTimeOffset ExpiresAt, string Note);

    public sealed record PageData(Guid ClientId, string ClientName, TeamView? Team, Guid? ActiveCaseId, IReadOnlyList<Person> Candidates, bool HasValidConsent);

    public async Task<PageData> Page(Guid clientId, CancellationToken ct)
    {
        var client = await access.ReadClient(clientId, "team.view", ct);
        var supportCase = await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct);
        var candidates = await People(db.Professionals.Where(p => p.Active && (p.Role == StaffRole.Professional || p.Role == StaffRole.Coordinator)), ct);
        var hasConsent = access.HasValidConsent(clientId);
        if (supportCase is null)
        {
            return new PageData(clientId, client.FullName, null, null, candidates, hasConsent);
        }
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
        if (team is null)
        {
            return new PageData(clientId, client.FullName, null, supportCase.Id, candidates, hasConsent);
        }
        // Past members and convenors may no longer be active: they are looked up too, in one query.
        var byId = candidates.ToDictionary(p => p.Id);
        var absent = team.Members.Select(m => m.ProfessionalId).Where(id => !byId.ContainsKey(id)).ToList();
        if (absent.Count > 0)
        {
            foreach (var person in await People(db.Professionals.Where(p => absent.Contains(p.Id)), ct))
            {
                byId[person.Id] = person;
            }
        }
        var members = team.Members.Where(m => m.IsCurrent).Select(m => new MemberView(byId[m.ProfessionalId], m.ProfessionalId == team.CaseManagerId, m.JoinedAt))
            .OrderByDescending(m => m.IsCaseManager).ThenBy(m => m.Person.Name).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.SupportCaseId == supportCase.Id).OrderByDescending(m => m.ConvenedAt).ToListAsync(ct);
        string Name(Guid? id) => id is { } g && byId.TryGetValue(g, out var p) ? p.Name : "";
        return new PageData(clientId, client.FullName, new TeamView(supportCase.Id, supportCase.Path, supportCase.Stage, team.Version.ToString("N"), members,
            KeyActors.Missing(supportCase.Path, team.Situation, members.Select(m => (m.Person.Profession, m.Person.OrganisationKind))),
            team.Situation, team.ClientWishes, team.CloseParticipantName, team.CloseParticipantRelation,
            meetings.Select(m => new MeetingView(m.Id, m.Status, m.ProposedStarts, m.Start, m.DurationMinutes, m.Place, m.VideoLink,
                m.ParticipantIds.Where(byId.ContainsKey).Select(p => byId[p]).ToList(), m.ClientTakesPart, m.CloseParticipantTakesPart, Name(m.ConvenedById),
                m.Minutes, m.Decisions, m.NextMeetingAt, m.MinutesRecordedById is null ? null : Name(m.MinutesRecordedById), m.MinutesRecordedAt)).ToList(),
            team.HasPendingHandover(clock.GetUtcNow(), thresholds.HandoverValidity)
                ? new HandoverView(team.ProposedSuccessorId!.Value, Name(team.ProposedSuccessorId), Name(team.HandoverProposedById),
                    team.HandoverProposedAt!.Value, team.HandoverProposedAt!.Value + thresholds.HandoverValidity, team.HandoverNote ?? "")
                : null),
            supportCase.Id, candidates, hasConsent);
    }

    /// <summary>The coordinator forms the team, hearing the client; exactly one member is named case manager.</summary>
    public async Task Form(Guid clientId, FormRequest request, CancellationToken ct)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, "team.form", ct);
        if (!CaseTeam.MayForm(actor.Role!.Value))
        {
            throw new DomainRuleException("team_formed_by_coordinator");
        }
        var supportCase = await ActiveCase(clientId, ct);
        if (await db.Teams.AnyAsync(t => t.SupportCaseId == supportCase.Id, ct))
        {
            throw new DomainRuleException("team_already_formed");
        }
        await EnsureProfessionals(request.MemberIds, "members", ct);
        var now = clock.GetUtcNow();
        var team = CaseTeam.Form(supportCase.Id, request.MemberIds, request.CaseManagerIds, Combine(request.Situation), request.ClientWishes,
            request.CloseParticipantName, request.CloseParticipantRelation, actor.ProfessionalId!.Value, now);
        supportCase.NoteTeamFormed(actor.ProfessionalId, now);
        db.Teams.Add(team);
        db.Notifications.AddRange(team.CurrentMemberIds.Where(id => id != actor.ProfessionalId).Select(id => Notification.To(id, NotificationKind.AddedToTeam, supportCase.Id, now)));
        await db.SaveChangesAsync(ct);
    }

    public async Task AddMember(Guid clientId, MemberRequest request, CancellationToken ct)
    {
        var (actor, supportCase, team) = await LoadTeam(clientId, "team.member.add", ct, basedOnVersion: request.BasedOnVersion);
        var id = request.ProfessionalId ?? throw new DomainValidationException([new FieldError("professionalId", TextRules.Required)]);
        await EnsureProfessionals([id], "professionalId", ct);
        var now = clock.GetUtcNow();
        team.AddMember(id, now);
        supportCase.Record(CaseEventKind.TeamMemberAdded, actor.ProfessionalId, now);
        db.Notifications.Add(Notification.To(id, NotificationKind.AddedToTeam, supportCase.Id, now));
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveMember(Guid clientId, Guid professionalId, CancellationToken ct, string? basedOnVersion = null)
    {
        var (actor, supportCase, team) = await LoadTeam(clientId, "team.member.remove", ct, basedOnVersion: basedOnVersion);
        var now = clock.GetUtcNow();
        team.RemoveMember(professionalId, now);
        supportCase.Record(CaseEventKind.TeamMemberLeft, actor.ProfessionalId, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The case manager (or the coordinator) proposes a successor with a handover note (F22); the
    /// successor is told in the app. Nothing changes until they accept.
    /// </summary>
    public async Task ProposeHandover(Guid clientId, HandoverRequest request, CancellationToken ct)
    {
        var (actor, supportCase, team) = await LoadTeam(clientId, "team.handover.propose", ct, basedOnVersion: request.BasedOnVersion);
        var now = clock.GetUtcNow();
        // A lapsed proposal the reminder job has not reached yet is closed (and told) before the new one.
        var lapsed = team.ExpireHandover(now, thresholds.HandoverValidity);
        if (lapsed.Count > 0)
        {
            HandoverLapses.NoteLapse(db, supportCase, lapsed, now);
        }
        team.ProposeHandover(actor.ProfessionalId!.Value, actor.Role!.Value, request.SuccessorId, request.Note, now, thresholds.HandoverValidity);
        supportCase.Record(CaseEventKind.HandoverProposed, actor.ProfessionalId, now);
        db.Notifications.Add(Notification.To(team.ProposedSuccessorId!.Value, NotificationKind.HandoverProposed, supportCase.Id, now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The proposed successor accepts, after a joint meeting with the client if one was held; only now is the old case manager released.</summary>
    public async Task AcceptHandover(Guid clientId, HandoverAnswer answer, CancellationToken ct)
    {
        var (actor, supportCase, team) = await LoadTeam(clientId, "team.handover.accept", ct, membersOnly: true, basedOnVersion: answer.BasedOnVersion);
        var now = clock.GetUtcNow();
        var proposer = team.HandoverProposedById;
        var previous = team.AcceptHandover(actor.ProfessionalId!.Value, now, thresholds.HandoverValidity);
        supportCase.Record(CaseEventKind.HandoverAccepted, actor.ProfessionalId, now, answer.JointMeetingHeld ? "joint-meeting" : null);
        db.Notifications.AddRange(new[] { previous, proposer ?? previous }.Distinct()
            .Select(p => Notification.To(p, NotificationKind.HandoverAccepted, supportCase.Id, now)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The proposed successor declines; the current case manager stays and the proposer is told.</summary>
    public async Task RefuseHandover(Guid clientId, CancellationToken ct, string? basedOnVersion = null)
    {
        var (actor, supportCase, team) = await LoadTeam(clientId, "team.handover.refuse", ct, membersOnly: true, basedOnVersion: basedOnVersion);
        var now = clock.GetUtcNow();
        var proposer = team.HandoverProposedById;
        team.RefuseHandover(actor.ProfessionalId!.Value, now, thresholds.HandoverValidity);
        supportCase.Record(CaseEventKind.HandoverRefused, actor.ProfessionalId, now);
        if (proposer is { } p)
        {
            db.Notifications.Add(Notification.To(p, NotificationKind.HandoverRefused, supportCase.Id, now));
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> Convene(Guid clientId, ConveneRequest request, CancellationToken ct)
    {
        var (actor, supportCase, team) = await LoadTeam(clientId, "meeting.convene", ct, membersOnly: true);
        var now = clock.GetUtcNow();
        var meeting = TeamMeeting.Convene(team, actor.ProfessionalId!.Value, request.ProposedStarts, request.DurationMinutes, request.Place,
            request.VideoLink, request.ParticipantIds, request.ClientTakesPart, request.CloseParticipantTakesPart, now);
        db.Meetings.Add(meeting);
        supportCase.Record(CaseEventKind.MeetingConvened, actor.ProfessionalId, now);
        db.Notifications.AddRange(meeting.ParticipantIds.Where(p => p != actor.ProfessionalId)
            .Select(p => Notification.To(p, NotificationKind.MeetingInvitation, supportCase.Id, now)));
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }

    public async Task Schedule(Guid clientId, Guid meetingId, ScheduleRequest request, CancellationToken ct)
    {
        var (_, supportCase, _) = await LoadTeam(clientId, "meeting.schedule", ct, membersOnly: true);
        var meeting = await Meeting(supportCase.Id, meetingId, ct);
        meeting.Schedule(request.Start ?? throw new DomainValidationException([new FieldError("start", TextRules.Required)]));
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordMinutes(Guid clientId, Guid meetingId, MinutesRequest request, CancellationToken ct)
    {
        var (actor, supportCase, _) = await LoadTeam(clientId, "meeting.minutes", ct, membersOnly: true);
        var meeting = await Meeting(supportCase.Id, meetingId, ct);
        var now = clock.GetUtcNow();
        meeting.RecordMinutes(actor.ProfessionalId!.Value, request.Minutes, request.Decisions, request.NextMeetingAt, now);
        supportCase.Record(CaseEventKind.MeetingMinutesRecorded, actor.ProfessionalId, now);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct);
        if (plan?.CarryNextMeeting(meeting.NextMeetingAt, actor.ProfessionalId!.Value, now) is { } version)
        {
            db.PlanVersions.Add(version);
            supportCase.NotePlanSaved(version.Number, actor.ProfessionalId, now);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The meeting's invitation for one participant, as iCalendar text.</summary>
    public async Task<string> Invitation(Guid clientId, Guid meetingId, Guid participantId, string summary, string description, Uri pageUrl, CancellationToken ct)
    {
        await access.ReadClient(clientId, "meeting.invitation", ct);
        var supportCase = await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
            ?? throw new DomainRuleException("no_active_case");
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId && m.SupportCaseId == supportCase.Id, ct)
            ?? throw new DomainRuleException("meeting_not_found");
        if (!meeting.ParticipantIds.Contains(participantId))
        {
            throw new DomainRuleException("meeting_participant_not_member", "participant");
        }
        var people = await db.Professionals.AsNoTracking().Where(p => meeting.ParticipantIds.Contains(p.Id) || p.Id == meeting.ConvenedById)
            .ToDictionaryAsync(p => p.Id, p => (p.FirstName + " " + p.LastName, p.Username), ct);
        return MeetingInvitation.Create(meeting, participantId, people, summary, description, pageUrl, clock.GetUtcNow());
    }

    /// <summary>
    /// Loads the team for a change. A caller that names the version it saw (<paramref name="basedOnVersion"/>,
    /// as <c>GET …/team</c> gives it) is refused with 409 if the team changed since, never merged — as a plan save is.
    /// </summary>
    private async Task<(Actor Actor, SupportCase Case, CaseTeam Team)> LoadTeam(Guid clientId, string resource, CancellationToken ct, bool membersOnly = false,
        string? basedOnVersion = null)
    {
        var actor = access.RequireProfessional();
        await access.LoadClientForWrite(clientId, resource, ct);
        var supportCase = await ActiveCase(clientId, ct);
        var team = await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct)
            ?? throw new DomainRuleException("team_not_formed");
        team.EnsureUnchangedSince(basedOnVersion);
        var me = actor.ProfessionalId!.Value;
        // Meetings are the team's own business; changing the team is for its coordinator and case manager.
        bool may = membersOnly ? team.IsMember(me) : team.MayChange(me, actor.Role!.Value);
        if (!may)
        {
            throw new DomainRuleException(membersOnly ? "meeting_only_team_convenes" : "team_changed_by_coordinator_or_case_manager");
        }
        return (actor, supportCase, team);
    }

    private async Task<SupportCase> ActiveCase(Guid clientId, CancellationToken ct) =>
        await db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
        ?? throw new DomainRuleException("no_active_case");

    private async Task<TeamMeeting> Meeting(Guid caseId, Guid meetingId, CancellationToken ct) =>
        await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.SupportCaseId == caseId, ct)
        ?? throw new DomainRuleException("meeting_not_found");

    private async Task EnsureProfessionals(IReadOnlyCollection<Guid> ids, string field, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var found = await db.Professionals.CountAsync(p => distinct.Contains(p.Id) && p.Active &&
            (p.Role == StaffRole.Professional || p.Role == StaffRole.Coordinator), ct);
        if (found != distinct.Count)
        {
            throw new DomainValidationException([new FieldError(field, "invalid_choice")]);
        }
    }

    private Task<List<Person>> People(IQueryable<Professional> professionals, CancellationToken ct) =>
        professionals.AsNoTracking()
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p, o })
            .OrderBy(x => x.o.Name).ThenBy(x => x.p.LastName).ThenBy(x => x.p.FirstName)
            .Select(x => new Person(x.p.Id, x.p.FirstName + " " + x.p.LastName, x.p.Profession, x.o.Name, x.o.Id, x.o.Kind))
            .ToListAsync(ct);

    private static ClientSituation Combine(IEnumerable<ClientSituation> flags) => flags.Aggregate(ClientSituation.None, (a, b) => a | b);
}
