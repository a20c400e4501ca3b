using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Cases;

/// <summary>
/// One episode of work ability support for a client, from the first concern to the end of
/// support. Its stage changes only through the methods below, which enforce <see cref="StageRules"/>
/// and append to the timeline.
/// </summary>
public sealed class SupportCase : IVersioned
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
    public Guid Version { get; set; }

    public IReadOnlyList<CaseEvent> Events => events;

    /// <summary>The client's active case (F5: at most one), as a condition the database applies.</summary>
    public static System.Linq.Expressions.Expression<Func<SupportCase, bool>> ActiveOf(Guid clientId) =>
        c => c.ClientId == clientId && c.Stage != CaseStage.Ended;
    public bool IsActive => Stage is not CaseStage.Ended;

    public static SupportCase Open(Guid clientId, ServicePath path, CaseStage startStage, Guid organisationId,
        Guid? actorId, DateTimeOffset now)
    {
        if (!StageRules.OpeningStages.Contains(startStage))
        {
            throw new DomainRuleException("case_invalid_opening_stage", "stage");
        }
        if (!Enum.IsDefined(path))
        {
            throw new DomainRuleException("invalid_choice", "path");
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

    /// <summary>Ends support with an outcome (F23).</summary>
    public void End(CaseOutcome outcome, string? closingNote, Guid? actorId, DateTimeOffset now)
    {
        if (!StageRules.CanEnd(Stage))
        {
            throw new DomainRuleException("case_ended", "stage");
        }
        if (!Enum.IsDefined(outcome))
        {
            throw new DomainRuleException("invalid_choice", "outcome");
        }
        var errors = new List<FieldError>();
        var note = TextRules.OptionalText(closingNote, "note", ReasonMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        Outcome = outcome;
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

    /// <summary>The client's situation changed, e.g. employment began or ended (F25).</summary>
    public void ChangePath(ServicePath path, Guid? actorId, DateTimeOffset now)
    {
        EnsureActive();
        if (!Enum.IsDefined(path))
        {
            throw new DomainRuleException("invalid_choice", "path");
        }
        if (Path == path)
        {
            return;
        }
        Path = path;
        Append(CaseEventKind.PathChanged, now, actorId, Stage, Stage, path.ToString());
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
        Append(CaseEventKind.LevelOfSupportDecided, now, actorId, Stage, Stage, level.ToString());
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
        CaseEventKind.ConsentRecorded, CaseEventKind.ConsentNarrowed, CaseEventKind.ConsentWithdrawn,
        CaseEventKind.TeamMemberAdded, CaseEventKind.TeamMemberLeft, CaseEventKind.CaseManagerNamed,
        CaseEventKind.MeetingConvened, CaseEventKind.MeetingMinutesRecorded, CaseEventKind.PlanSaved,
    ];

    /// <summary>Notes work done on the case (consent, team, meetings, plan) on its timeline.</summary>
    public void Record(CaseEventKind kind, Guid? actorId, DateTimeOffset now, string? note = null)
    {
        EnsureActive();
        if (!RecordOnlyKinds.Contains(kind))
        {
            throw new DomainRuleException("invalid_choice", "kind");
        }
        Append(kind, now, actorId, Stage, Stage, note);
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
        Record(CaseEventKind.PlanSaved, actorId, now, versionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Stage is CaseStage.Team)
        {
            Advance(CaseStage.Services, actorId, now);
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
