using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;

namespace WorkAbility.Domain.Risks;

/// <summary>One risk that fired on a case: which, at which stage of the path it belongs, and since when if known.</summary>
public sealed record RiskFinding(RiskCode Code, CaseStage Stage);

/// <summary>A named rule: the stage whose risk it is, and when it fires.</summary>
public sealed record RiskRule(RiskCode Code, CaseStage Stage, Func<RiskFacts, RiskThresholds, DateTimeOffset, DateOnly, bool> Fires);

/// <summary>
/// The risk radar (F24): every risk the seeds name for a stage and that the data can reveal, as a
/// plain rule over <see cref="RiskFacts"/>. Days are counted whole: a rule with a limit of 14 days
/// fires on the 15th day, not the 14th. "Today" is the date in Finland.
/// </summary>
public static class RiskRadar
{
    public static IReadOnlyList<RiskRule> Rules { get; } =
    [
        // Seed 001, "Huoli": the need is noticed but nobody raises it with the person.
        new(RiskCode.NeedNotRaisedWithClient, CaseStage.Concern, (f, t, now, _) =>
            f.Stage is not CaseStage.Ended && f.OldestConcernNotRaisedAt is { } at && Days(at, now) > t.ConcernNotRaisedDays),
        // Seed 004: the client waits and no coordinator takes the referral up.
        new(RiskCode.NoCoordinatorContact, CaseStage.CoordinatorAssessment, (f, t, now, _) =>
            f.Stage is >= CaseStage.NeedAssessment and <= CaseStage.CoordinatorAssessment && f.CoordinatorId is null && !f.OccupationalHealthResponsible
            && Days(f.OpenedAt, now) > t.CoordinatorContactDays),
        // Seed 004, "Tiimi": information cannot be shared across organisations without consent.
        new(RiskCode.TeamWithoutValidConsent, CaseStage.Team, (f, _, _, _) =>
            f.Stage is not CaseStage.Ended && f.HasTeam && !f.HasValidConsent),
        new(RiskCode.TeamLacksKeyActor, CaseStage.Team, (f, _, _, _) =>
            f.Stage is not CaseStage.Ended && f.HasTeam && f.MissingKeyActors > 0),
        // Seed 004: "asiakkaalta puuttuu vastuutyöntekijä".
        new(RiskCode.NoCaseManager, CaseStage.Team, (f, _, _, _) =>
            f.Stage is >= CaseStage.Team and < CaseStage.Ended && f.CaseManagerId is null),
        new(RiskCode.PlanWithoutOwnersOrNextMeeting, CaseStage.Services, (f, _, now, _) =>
            f.Stage is not CaseStage.Ended && f.HasPlan &&
            (!f.PlanHasResponsibleProfessionals || (f.PlanNextMeetingAt is not { } next || next < now) && f.PlanFollowUpEveryWeeks is null)),
        // Seed 004, "Seuranta": follow-up lapses and the client drops out.
        // Its suggestion is to record a follow-up contact, so it fires only where one can be recorded (a case reopened at
        // the need assessment keeps its old dues, but is not followed up until its services run again).
        new(RiskCode.FollowUpOverdue, CaseStage.FollowUp, (f, t, _, today) =>
            SupportCase.FollowUpStarted(f.Stage) && f.EarliestOpenDueOn is { } due && today.DayNumber - due.DayNumber > t.FollowUpOverdueDays),
        new(RiskCode.MissedAppointments, CaseStage.Services, (f, t, _, _) =>
            f.Stage is not CaseStage.Ended && f.MissedAppointments >= t.MissedAppointments),
        new(RiskCode.ReferralWithoutOutcome, CaseStage.Services, (f, t, now, _) =>
            f.Stage is not CaseStage.Ended && f.OldestOpenReferralSentAt is { } sent && Days(sent, now) > t.ReferralOutcomeDays),
        // Seed 004, "saattaen vaihtaen": a change left half-done leaves the client between two people.
        new(RiskCode.CaseManagerChangePending, CaseStage.FollowUp, (f, t, now, _) =>
            f.Stage is not CaseStage.Ended && f.HandoverProposedAt is { } at && Days(at, now) > t.HandoverPendingDays),
        new(RiskCode.NoContactSinceCaseManagerChange, CaseStage.FollowUp, (f, t, now, _) =>
            f.Stage is not CaseStage.Ended && f.CaseManagerSince is { } since && f.TeamFormedAt is { } formed && since > formed &&
            Days(since, now) > t.ContactAfterChangeDays &&
            (f.LastContactOn is not { } last || last < Common.FinnishCalendar.DateOf(since))),
        // Seed 004, "Mitä palvelun jälkeen?": support stops though the need is still there.
        new(RiskCode.EndedWhileNeedRemains, CaseStage.Ended, (f, t, now, _) =>
            f.Stage is CaseStage.Ended && f.EndedAt is { } ended && Days(ended, now) <= t.EndedNeedWatchDays &&
            f.LastReviewNeed is { } need && FollowUpReview.NeedRemains(need) &&
            f.Outcome is not (CaseOutcome.Rehabilitation or CaseOutcome.Pension or CaseOutcome.Moved)),
        // Seed 004, TYP: a long-term unemployed client with multi-sector needs belongs to joint service.
        new(RiskCode.TypNotConsidered, CaseStage.Services, (f, t, now, _) =>
            f.Stage is not CaseStage.Ended && f.LikelyTypClient is true && f.LastAssessedAt is { } assessed &&
            Days(assessed, now) > t.TypConsideredDays && !f.PlanLinksTyp && !f.HasTypReferral),
        // Seed 004, OH path: employment ends and the client falls between OH and the county.
        new(RiskCode.OhEmploymentEndedWithoutHandover, CaseStage.Services, (f, t, _, today) =>
            f.Stage is not CaseStage.Ended && f.Path is ServicePath.EmployedWithOccupationalHealth &&
            f.EmploymentEndedOn is { } endedOn && today.DayNumber - endedOn.DayNumber > t.OhHandoverDays),
        // Seed 000/004: self-care or a low-threshold service is enough — but somebody must still follow it up.
        new(RiskCode.LowThresholdWithoutOwnerOrFollowUp, CaseStage.Services, (f, _, _, _) => FollowUp.LowThresholdRoute.Stranded(f)),
        // Seed 004, "Tiimi" and F18: the consent was narrowed, withdrawn or ran out while a referral was open — the loop
        // cannot close, because the provider no longer sees whom it is to serve.
        new(RiskCode.ReferralOutsideConsent, CaseStage.Services, (f, _, _, _) => f.Stage is not CaseStage.Ended && f.OpenReferralsOutsideConsent > 0),
        // Seeds 002 and 004: the services' effect is to be assessed; without the client's own measure the change cannot be shown.
        // Not while occupational health holds responsibility: it measures work ability on its own path.
        new(RiskCode.WorkAbilityNotMeasured, CaseStage.FollowUp, (f, _, now, _) =>
            f.Stage is >= CaseStage.NeedAssessment and < CaseStage.Ended && !f.OccupationalHealthResponsible &&
            Assessment.MeasurePoints.Unmeasured(f.OpenedAt, f.LastMeasuredAt, now)),
        // Seed 001: the client is an equal partner; seed 004: clients drop out between appointments. A question left
        // unanswered for three working days tells them nobody is there.
        new(RiskCode.ClientMessageUnanswered, CaseStage.FollowUp, (f, t, _, today) =>
            f.Stage is not CaseStage.Ended && f.OldestUnansweredMessageAt is { } sent &&
            Common.WorkingDays.Between(Common.FinnishCalendar.DateOf(sent), today) > t.MessageAnswerWorkingDays),
        // F41 (the best referral networks' service level): a provider that has not answered in 14 working days leaves the
        // client waiting on nothing; the coordinator finds another way.
        new(RiskCode.ReferralUnanswered, CaseStage.Services, (f, _, _, today) =>
            f.Stage is not CaseStage.Ended && f.OldestUnansweredReferralSentAt is { } sent &&
            Referrals.ReferralServiceLevel.IsOverdue(Referrals.ReferralStatus.Sent, sent, today)),
        // Seed 001, "Mitä palvelun jälkeen?": the continuity plan must reach those who go on serving the client.
        new(RiskCode.ContinuityNotAcknowledged, CaseStage.Ended, (f, _, now, _) =>
            f.Stage is CaseStage.Ended && f.OldestUnacknowledgedContinuityAt is { } sent && FollowUp.ContinuityHandoff.IsOverdue(sent, null, now)),
        // Seed 004, the occupational health path: a sick leave threatens to drag on – at the latest after 30 days the parties negotiate.
        new(RiskCode.OhSickLeaveWithoutNegotiation, CaseStage.Services, (f, _, _, today) =>
            f.Stage is not CaseStage.Ended && f.Path is ServicePath.EmployedWithOccupationalHealth && OhPathRisks.SickLeaveWithoutNegotiation(f.SickLeaveSince, f.LastNegotiationOn, today)),
        // Seed 004: the workplace's options (adjusted duties or hours, aids, a work trial elsewhere, retraining) are not used.
        new(RiskCode.OhWorkplaceOptionsUnused, CaseStage.Services, (f, _, _, _) =>
            f.Stage is not CaseStage.Ended && f.Path is ServicePath.EmployedWithOccupationalHealth && OhPathRisks.WorkplaceOptionsUnused(f.EarlySupportOn, f.WorkplaceMeasures, f.SickLeaveSince)),
        // Seed 004: the employer's or occupational health's resources limit the service.
        new(RiskCode.OhResourcesLimited, CaseStage.Services, (f, _, _, _) =>
            f.Stage is not CaseStage.Ended && f.Path is ServicePath.EmployedWithOccupationalHealth && OhPathRisks.ResourcesLimit(f.LimitedBy)),
    ];

    public static IReadOnlyList<RiskFinding> Evaluate(RiskFacts facts, RiskThresholds thresholds, DateTimeOffset now)
    {
        var today = Common.FinnishCalendar.DateOf(now);
        return Rules.Where(r => r.Fires(facts, thresholds, now, today)).Select(r => new RiskFinding(r.Code, r.Stage)).ToList();
    }

    private static int Days(DateTimeOffset from, DateTimeOffset now) => (int)Math.Floor((now - from).TotalDays);
}

/// <summary>Dates as people in Finland see them.</summary>
