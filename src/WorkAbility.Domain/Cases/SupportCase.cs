using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Cases;

/// <summary>
/// One episode of work ability support for a client, from the first concern to the end of
/// support. Its stage changes only through the methods below, which enforce <see cref="StageRules"/>
/// and append to the timeline.
/// </summary>
public sealed partial class SupportCase : IVersioned
{
    public const int ReasonMaxLength = CaseEvent.NoteMaxLength;

    private readonly List<CaseEvent> events = [];

    private SupportCase() { }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public ServicePath Path { get; private set; }
    public CaseStage Stage { get; private set; }

    /// <summary>The organisation where the case was opened; it holds the case's data.</summary>
    public Guid OpenedAtOrganisationId { get; private set; }

    public Guid? CoordinatorId { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset StageChangedAt { get; private set; }

    /// <summary>When anything last happened on the case; every timeline entry moves it.</summary>
    public DateTimeOffset LastActivityAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public CaseOutcome? Outcome { get; private set; }

    /// <summary>What the long-term providers need to know when support ends (F23).</summary>
    public string? ContinuityNote { get; private set; }

    /// <summary>On the occupational health path, the OH unit that keeps overall responsibility (F25, F26).</summary>
    public Guid? OccupationalHealthOrganisationId { get; private set; }

    /// <summary>When the client's employment ended, as occupational health recorded it (F26).</summary>
    public DateOnly? EmploymentEndedOn { get; private set; }

    /// <summary>The level of support last decided for the case (F7).</summary>
    public Assessment.LevelOfSupport? Level { get; private set; }

    /// <summary>
    /// On the low-threshold route (self-care, a low-threshold service) there is no team: the professional
    /// who decided it owns the case and follows it up (F33).
    /// </summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>The county organisation occupational health handed the case over to (F26).</summary>
    public Guid? HandedOverToOrganisationId { get; private set; }
    public Guid Version { get; set; }

    public IReadOnlyList<CaseEvent> Events => events;

    private readonly List<Notifications.Notice> notices = [];

    /// <summary>What people must be told of since the case was loaded; written as notifications by the save that stores the change.</summary>
    public IReadOnlyList<Notifications.Notice> PendingNotices => notices;

    /// <summary>Raises a notice decided by <see cref="Notifications.WhoIsTold"/> (none when the rule tells nobody).</summary>
    public void Tell(Notifications.Notice? notice)
    {
        if (notice is not null)
        {
            notices.Add(notice);
        }
    }

    /// <summary>The save has turned the pending notices into notifications.</summary>
    public void NoticesDispatched() => notices.Clear();

    /// <summary>The client's active case (F5: at most one), as a condition the database applies.</summary>
    public static System.Linq.Expressions.Expression<Func<SupportCase, bool>> ActiveOf(Guid clientId) =>
        c => c.ClientId == clientId && c.Stage != CaseStage.Ended;
    public bool IsActive => Stage is not CaseStage.Ended;

    /// <summary>Who holds overall responsibility: occupational health on its path, otherwise the county organisation.</summary>
    public Guid ResponsibleOrganisationId =>
        Path is ServicePath.EmployedWithOccupationalHealth && OccupationalHealthOrganisationId is { } oh ? oh : HandedOverToOrganisationId ?? OpenedAtOrganisationId;

    public static SupportCase Open(Guid clientId, ServicePath path, CaseStage startStage, Guid organisationId,
        Guid? actorId, DateTimeOffset now)
    {
        if (!StageRules.OpeningStages.Contains(startStage))
        {
            throw new DomainRuleException("case_invalid_opening_stage", "stage");
        }
        if (!Enum.IsDefined(path))
        {
            throw DomainRuleException.Invalid("invalid_choice", "path");
        }
        var supportCase = new SupportCase
        {
            Id = Guid.CreateVersion7(now),
            ClientId = clientId,
            Path = path,
            Stage = startStage,
            OpenedAtOrganisationId = organisationId,
            OpenedAt = now,
            StageChangedAt = now,
        };
        supportCase.Append(CaseEventKind.Opened, now, actorId, null, startStage, null);
        return supportCase;
    }

    /// <summary>Moves the case forward along the path.</summary>
    public void Advance(CaseStage to, Guid? actorId, DateTimeOffset now)
    {
        if (!StageRules.CanAdvance(Stage, to))
        {
            throw new DomainRuleException(Stage is CaseStage.Ended ? "case_ended" : "case_stage_not_allowed", "stage");
        }
        ChangeStage(CaseEventKind.Advanced, to, actorId, now, null);
    }

    /// <summary>Returns the case to an earlier stage for re-assessment; the reason is kept.</summary>
    public void ReturnForReassessment(CaseStage to, string? reason, Guid? actorId, DateTimeOffset now)
    {
        if (!StageRules.CanReturn(Stage, to))
        {
            throw new DomainRuleException(Stage is CaseStage.Ended ? "case_ended" : "case_stage_not_allowed", "stage");
        }
        ChangeStage(CaseEventKind.ReturnedForReassessment, to, actorId, now, RequiredReason(reason));
    }

    /// <summary>Ends support with an outcome, a closing evaluation and a continuity note for the long-term providers (F23).</summary>
    public void End(CaseOutcome outcome, string? closingNote, Guid? actorId, DateTimeOffset now, string? continuityNote = null)
    {
        if (!StageRules.CanEnd(Stage))
        {
            throw new DomainRuleException("case_ended", "stage");
        }
        if (!Enum.IsDefined(outcome))
        {
            throw DomainRuleException.Invalid("invalid_choice", "outcome");
        }
        var errors = new List<FieldError>();
        var note = TextRules.OptionalText(closingNote, "note", ReasonMaxLength, errors);
        var continuity = TextRules.OptionalText(continuityNote, "continuityNote", ReasonMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        Outcome = outcome;
        ContinuityNote = continuity;
        EndedAt = now;
        ChangeStage(CaseEventKind.Ended, CaseStage.Ended, actorId, now, note);
    }

    /// <summary>The client returns to coordination (F23): the same case, with its history, is reopened.</summary>
    public void Reopen(string? reason, Guid? actorId, DateTimeOffset now)
    {
        if (Stage is not CaseStage.Ended)
        {
            throw new DomainRuleException("case_not_ended", "stage");
        }
        var why = RequiredReason(reason);
        Outcome = null;
        EndedAt = null;
        ContinuityNote = null;
        ChangeStage(CaseEventKind.Reopened, StageRules.ReopenStage, actorId, now, why);
    }

    public void AssignCoordinator(Guid coordinatorId, Guid? actorId, DateTimeOffset now)
    {
        EnsureActive();
        if (CoordinatorId == coordinatorId)
        {
            return;
        }
        CoordinatorId = coordinatorId;
        Append(CaseEventKind.CoordinatorAssigned, now, actorId, Stage, Stage, null);
    }

    /// <summary>
    /// A referral to the work ability coordinator (saatelomake, F31) was taken on: a case that has not
    /// yet reached the coordinator goes straight to the coordinator's assessment — the sender's and the
    /// coordinator's judgement stand in for the need assessment — and the coordinator takes it unless
    /// the case already has one. A case further along keeps its stage; the referral joins it as a contact.
    /// </summary>
    public void TakeOnReferralToCoordinator(Guid coordinatorId, DateTimeOffset now)
    {
        EnsureActive();
        if (StageRules.ReferralGoesToCoordinator(Stage))
        {
            ChangeStage(CaseEventKind.Advanced, CaseStage.CoordinatorAssessment, coordinatorId, now, null);
        }
        if (CoordinatorId is null)
        {
            AssignCoordinator(coordinatorId, coordinatorId, now);
        }
    }

    /// <summary>The client's situation changed, e.g. employment began or ended (F25).</summary>
    public void ChangePath(ServicePath path, Guid? actorId, DateTimeOffset now)
    {
        EnsureActive();
        if (!Enum.IsDefined(path))
        {
            throw DomainRuleException.Invalid("invalid_choice", "path");
        }
        if (Path == path)
        {
            return;
        }
        Path = path;
        Append(CaseEventKind.PathChanged, now, actorId, Stage, Stage, new CaseEventDetail.Path(path).Stored);
    }

    /// <summary>
    /// Records the level of support decided in a need assessment (F7) and moves the case to where
    /// that level belongs: a case still at the concern or seeking-service stage is first taken to
    /// the need assessment. Later stages must return for re-assessment before a new decision.
    /// </summary>
    public void DecideLevelOfSupport(Assessment.LevelOfSupport level, Guid? actorId, DateTimeOffset now)
    {
        EnsureActive();
        if (!Assessment.LevelOfSupportRules.CanDecideIn(Stage))
        {
            throw new DomainRuleException("level_needs_reassessment", "level");
        }
        if (!Assessment.LevelOfSupportRules.FitsPath(level, Path))
        {
            throw new DomainRuleException("level_needs_occupational_health", "level");
        }
        if (Stage is CaseStage.Concern or CaseStage.SeekingService)
        {
            Advance(CaseStage.NeedAssessment, actorId, now);
        }
        Append(CaseEventKind.LevelOfSupportDecided, now, actorId, Stage, Stage, new CaseEventDetail.Level(level).Stored);
        Level = level;
        if (FollowUp.LowThresholdRoute.Applies(level) && actorId is { } decider)
        {
            OwnerId = decider;
        }
        var target = Assessment.LevelOfSupportRules.TargetStage(level, Stage);
        if (target != Stage)
        {
            Advance(target, actorId, now);
        }
    }

    /// <summary>A concern joins the case's timeline (F1); the concern itself is stored beside the case.</summary>
    public void NoteConcern(Concern concern, Guid? actorId, DateTimeOffset now)
    {
        EnsureActive();
        if (concern.SupportCaseId != Id)
        {
            throw new DomainRuleException("concern_other_case");
        }
        Append(CaseEventKind.ConcernRecorded, now, actorId, Stage, Stage, null);
    }

    /// <summary>Kinds of timeline entry that record work on the case without moving its stage.</summary>
    private static readonly CaseEventKind[] RecordOnlyKinds =
    [
        CaseEventKind.ConsentRecorded, CaseEventKind.ConsentNarrowed, CaseEventKind.ConsentWithdrawn, CaseEventKind.ConsentConfirmed,
        CaseEventKind.TeamMemberAdded, CaseEventKind.TeamMemberLeft, CaseEventKind.CaseManagerNamed, CaseEventKind.WorkAbilityNegotiationHeld,
        CaseEventKind.ExpertConsulted, CaseEventKind.ExpertAnswered,
        CaseEventKind.MeetingConvened, CaseEventKind.MeetingMinutesRecorded, CaseEventKind.PlanSaved,
        CaseEventKind.ReferralSent, CaseEventKind.ReferralStatusChanged, CaseEventKind.HandoverProposed,
        CaseEventKind.HandoverAccepted, CaseEventKind.HandoverRefused, CaseEventKind.HandoverLapsed, CaseEventKind.EarlySupportDiscussion,
        CaseEventKind.OhQuestionAsked, CaseEventKind.OhQuestionAnswered,
    ];

    /// <summary>Notes work done on the case (consent, team, meetings, plan) on its timeline.</summary>
    public void Record(CaseEventKind kind, Guid? actorId, DateTimeOffset now, CaseEventDetail? detail = null)
    {
        EnsureActive();
        if (!RecordOnlyKinds.Contains(kind))
        {
            throw DomainRuleException.Invalid("invalid_choice", "kind");
        }
        Append(kind, now, actorId, Stage, Stage, detail?.Stored);
    }

    /// <summary>
    /// The team is formed (F10): a case still in assessment moves to the team stage; a case
    /// already further along stays where it is. Earlier than the need assessment is too early.
    /// </summary>
    public void NoteTeamFormed(Guid? actorId, DateTimeOffset now)
    {
        EnsureActive();
        if (Stage < CaseStage.NeedAssessment)
        {
            throw new DomainRuleException("team_too_early", "stage");
        }
        if (Stage is CaseStage.NeedAssessment)
        {
            Advance(CaseStage.CoordinatorAssessment, actorId, now);
        }
        Append(CaseEventKind.TeamFormed, now, actorId, Stage, Stage, null);
        if (Stage is CaseStage.CoordinatorAssessment)
        {
            Advance(CaseStage.Team, actorId, now);
        }
    }

    /// <summary>The first plan is agreed: the case moves from the team stage to services (F14).</summary>
    public void NotePlanSaved(int versionNumber, Guid? actorId, DateTimeOffset now)
    {
        Record(CaseEventKind.PlanSaved, actorId, now, new CaseEventDetail.PlanVersion(versionNumber));
        if (Stage is CaseStage.Team)
        {
            Advance(CaseStage.Services, actorId, now);
        }
    }

    /// <summary>
    /// Follow-up (contacts, reviews) begins when services are running: the one rule for the follow-up forms, the
    /// risk radar's "follow-up overdue" and its suggestion to record a contact, so none suggests what the case refuses.
    /// </summary>
    public static bool FollowUpStarted(CaseStage stage) => stage is CaseStage.Services or CaseStage.FollowUp;

    /// <summary>
    /// Follow-up work (a contact, a review) is recorded: a case whose services are running moves to
    /// the follow-up stage (F20).
    /// </summary>
    public void NoteFollowUp(CaseEventKind kind, Guid? actorId, DateTimeOffset now, CaseEventDetail? detail = null)
    {
        EnsureActive();
        if (kind is not (CaseEventKind.FollowUpContactRecorded or CaseEventKind.FollowUpReviewed))
        {
            throw DomainRuleException.Invalid("invalid_choice", "kind");
        }
        if (!FollowUpStarted(Stage))
        {
            throw new DomainRuleException("follow_up_too_early", "stage");
        }
        Append(kind, now, actorId, Stage, Stage, detail?.Stored);
        if (Stage is CaseStage.Services)
        {
            Advance(CaseStage.FollowUp, actorId, now);
        }
    }

    private void EnsureActive()
    {
        if (!IsActive)
        {
            throw new DomainRuleException("case_ended", "stage");
        }
    }

    private void ChangeStage(CaseEventKind kind, CaseStage to, Guid? actorId, DateTimeOffset now, string? note)
    {
        var from = Stage;
        Stage = to;
        StageChangedAt = now;
        Append(kind, now, actorId, from, to, note);
    }

    private void Append(CaseEventKind kind, DateTimeOffset now, Guid? actorId, CaseStage? from, CaseStage? to, string? note)
    {
        events.Add(new CaseEvent(Id, kind, now, actorId, from, to, note));
        LastActivityAt = now;
    }

    private static string RequiredReason(string? reason)
    {
        var errors = new List<FieldError>();
        var why = TextRules.RequiredText(reason, "reason", ReasonMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        return why;
    }
}
