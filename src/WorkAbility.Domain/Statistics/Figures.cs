using System.Globalization;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Statistics;

public enum FigureShape
{
    /// <summary>Each counted thing is in exactly one category.</summary>
    Breakdown,

    /// <summary>One thing may be in several categories (target groups); the slice's population is the denominator.</summary>
    Overlapping,

    /// <summary>Days from one step to another, kept in <see cref="DurationBins"/>.</summary>
    Durations,
}

/// <summary>One kept figure: its code, shape and categories (null: taken from the data, e.g. coordinators).</summary>
/// <param name="PatternFrom">A figure whose protection this one's cells follow (units of service follow the persons using it).</param>
public sealed record Figure(string Code, FigureShape Shape, IReadOnlyList<string>? Categories, string? Population = null, string? PatternFrom = null)
{
    /// <summary>Kept by month (totals over time, today's snapshots) rather than by quarter (breakdowns).</summary>
    public bool Monthly => Code is Figures.Inflow or Figures.Ended or Figures.StockStage or Figures.Caseload or Figures.DeskWaiting;

    /// <summary>
    /// Kept by calendar year: the effect of support (F39) is counted once per person, months after the end, so its groups are
    /// few; in quarters nearly all would be under five and hidden.
    /// </summary>
    public bool Yearly => Code.StartsWith("effect.", StringComparison.Ordinal) || Code.StartsWith("cost.", StringComparison.Ordinal);

    /// <summary>The first day of the period <paramref name="day"/> is kept in for this figure.</summary>
    public DateOnly PeriodOf(DateOnly day) => Monthly ? Slice.MonthOf(day) : Yearly ? Slice.YearOf(day) : Slice.QuarterOf(day);
}

/// <summary>
/// Every figure the statistics keep. Their meaning is written down in docs/indicators.md; the codes
/// are stable (they are stored in the rollup and used in the API).
/// </summary>
public static class Figures
{
    public const string Unknown = "Unknown";
    public const string NotRecorded = "NotRecorded";

    public const string Inflow = "inflow";
    public const string Ended = "ended";
    public const string AllCases = "All";
    public const string InflowChannel = "inflow.channel";
    public const string InflowSource = "inflow.source";
    public const string InflowAge = "inflow.age";
    public const string InflowTargetGroup = "inflow.targetGroup";
    public const string InflowIncome = "inflow.income";
    public const string InflowRehabilitation = "inflow.rehabilitation";
    public const string InflowTyp = "inflow.typ";
    public const string StockStage = "stock.stage";
    public const string LeadConcernToCoordinator = "lead.concernToCoordinator";
    public const string LeadCoordinatorToTeam = "lead.coordinatorToTeam";
    public const string LeadTeamToPlan = "lead.teamToPlan";
    public const string LeadPlanToService = "lead.planToService";
    public const string LeadOpenedToPlan = "lead.openedToPlan";
    public const string StayPrefix = "stay.";
    public const string Outcome = "outcome";
    public const string OutcomeNeed = "outcome.need";
    public const string OutcomeSixMonths = "outcome.sixMonths";
    public const string FollowUpDues = "followUp.dues";
    public const string ReferralStatus = "referral.status";
    public const string ReferralDaysToStart = "referral.daysToStart";
    public const string FeedbackHeard = "feedback.heard";
    public const string FeedbackHelped = "feedback.helped";
    public const string FeedbackPlanClear = "feedback.planClear";
    public const string FeedbackStage = "feedback.stage";
    public const string FeedbackOccasion = "feedback.occasion";
    public const string CoverageFunnel = "coverage.funnel";

    /// <summary>
    /// Whether the client came (F40; seed 004: clients drop out between appointments): team meetings the client was invited
    /// to, by the day held, as their minutes say; referrals, by the day the service started or the provider recorded the no-show.
    /// </summary>
    public const string AttendanceMeetings = "attendance.meetings", AttendanceReferrals = "attendance.referrals";
    public const string Attended = "Attended", DidNotAttend = "DidNotAttend";

    /// <summary>
    /// The way's two ends for the cases opened in a period: whether each began from a screening alert, and whether it has
    /// ended with an outcome. Two breakdowns (each case in one category of each), so that each pair is protected with its total.
    /// </summary>
    public const string CoverageScreened = "coverage.screened", CoverageEnded = "coverage.ended";

    public const string FromScreening = "FromScreening", NotFromScreening = "NotFromScreening", EndedWithOutcome = "EndedWithOutcome", NotEnded = "NotEnded";

    /// <summary>Not kept in the rollup: booking checks against the screening indicators, and those that alerted (F2), by month.</summary>
    public const string CoverageScreening = "coverage.screening";

    /// <summary>Ended cases by whether they ended in work or study (the cost figures' denominators).</summary>
    public const string CostCases = "cost.cases";

    /// <summary>Persons (ended cases) who used each catalogue service; the units below are shown only where these are.</summary>
    public const string CostUsers = "cost.users";

    public const string CostVisits = "cost.visits";
    public const string CostDays = "cost.days";

    /// <summary>Not kept: worked out for the view from the units used and the unit costs kept on the services.</summary>
    public const string CostPerCase = "cost.perCase", CostPerGoodOutcome = "cost.perGoodOutcome";

    public const string WorkOrStudy = "WorkOrStudy", OtherEnding = "Other";

    /// <summary>Not kept: worked out from the inflow and the working-age residents the administrator keeps (<see cref="Reach"/>).</summary>
    public const string CoveragePer1000 = "coverage.per1000";
    public const string EffectChange = "effect.workAbility.change";
    public const string EffectImproved = "effect.workAbility.improved";
    public const string StatusAfterEndPrefix = "effect.statusAfterEnd.";
    public const string EffectReferralEmployment = "effect.referralEmployment";
    public const string ExperiencedChangePrefix = "effect.experiencedChange.";

    public static string ExperiencedChange(string domain) => ExperiencedChangePrefix + domain;
    public const string Caseload = "caseload";
    public const string DeskWaiting = "desk.waiting";

    public static readonly string[] AgeBands = ["16-24", "25-29", "30-39", "40-49", "50-59", "60+"];
    public static readonly string[] TypCategories = ["Likely", "NotLikely", "NotAssessed"];
    public static readonly string[] NeedCategories = ["NeedRemained", "NeedResolved", "NotReviewed"];
    public static readonly string[] SixMonthCategories = ["NotReturned", "Returned"];
    public static readonly string[] DueCategories = ["OnTime", "Late", "Missed"];
    public static readonly string[] ReferralCategories = ["Open", "Accepted", "Started", "Completed", "Declined", "DidNotAttend", "Withdrawn"];
    public static readonly string[] ScoreCategories = ["1", "2", "3", "4", "5"];

    /// <summary>
    /// A change of the work ability score from the first measure to the last, in points: −3 stands for three or more down and
    /// 3 for three or more up, so that the groups stay large enough to show (the median lies between them in practice).
    /// </summary>
    public static readonly string[] ChangeCategories = Enumerable.Range(-ChangeEnds, 2 * ChangeEnds + 1).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    public const int ChangeEnds = 3;

    public static string ChangeCategory(int points) => Math.Clamp(points, -ChangeEnds, ChangeEnds).ToString(CultureInfo.InvariantCulture);

    /// <summary>Improved: up by at least <see cref="ImprovedBy"/> points; worsened: down by as much; not measured: fewer than two measures.</summary>
    public static readonly string[] ImprovedCategories = ["Improved", "Unchanged", "Worsened", "NotMeasured"];

    /// <summary>
    /// The furthest step a case opened in the period has reached on the way to help: only opened (no coordinator — the
    /// low-threshold routes and occupational health's own path end here too), a coordinator, a team, a plan, a service started.
    /// Each case is in one category, so the way narrows step by step as sums of shown cells (<see cref="FunnelReached"/>).
    /// </summary>
    public static readonly string[] FunnelSteps = ["Opened", "Coordinator", "Team", "Plan", "Service"];

    /// <summary>The categories that have reached <paramref name="step"/> or gone beyond it.</summary>
    public static IReadOnlyList<string> FunnelReached(string step) => FunnelSteps[Array.IndexOf(FunnelSteps, step)..];

    public const int ImprovedBy = 2;

    public static string StatusAfterEnd(int monthsAfter) => StatusAfterEndPrefix + monthsAfter.ToString(CultureInfo.InvariantCulture);

    /// <summary>Stages a case stays in before it moves on (time in stage is kept for each).</summary>
    public static readonly CaseStage[] StagesWithStay = Enum.GetValues<CaseStage>().Where(s => s is not CaseStage.Ended).ToArray();

    public static string Stay(CaseStage stage) => StayPrefix + stage;

    public static IReadOnlyList<Figure> All { get; } =
    [
        new(Inflow, FigureShape.Breakdown, [AllCases]),
        new(Ended, FigureShape.Breakdown, [AllCases]),
        new(InflowChannel, FigureShape.Breakdown, [.. Names<ContactChannel>(), Unknown]),
        new(InflowSource, FigureShape.Breakdown, [.. Names<OrganisationKind>(), Unknown]),
        new(InflowAge, FigureShape.Breakdown, AgeBands),
        new(InflowTargetGroup, FigureShape.Overlapping, [.. LivelihoodFacts.EachGroup.Select(g => g.ToString()), NotRecorded], InflowChannel),
        new(InflowIncome, FigureShape.Breakdown, [.. Names<IncomeSource>(), NotRecorded]),
        new(InflowRehabilitation, FigureShape.Breakdown, [.. Names<VocationalRehabilitationPhase>(), NotRecorded]),
        new(InflowTyp, FigureShape.Breakdown, TypCategories),
        new(StockStage, FigureShape.Breakdown, StagesWithStay.Select(s => s.ToString()).ToArray()),
        new(LeadConcernToCoordinator, FigureShape.Durations, null),
        new(LeadCoordinatorToTeam, FigureShape.Durations, null),
        new(LeadTeamToPlan, FigureShape.Durations, null),
        new(LeadPlanToService, FigureShape.Durations, null),
        new(LeadOpenedToPlan, FigureShape.Durations, null),
        .. StagesWithStay.Select(s => new Figure(Stay(s), FigureShape.Durations, null)),
        new(Outcome, FigureShape.Breakdown, Names<CaseOutcome>()),
        new(OutcomeNeed, FigureShape.Breakdown, NeedCategories),
        new(OutcomeSixMonths, FigureShape.Breakdown, SixMonthCategories),
        new(FollowUpDues, FigureShape.Breakdown, DueCategories),
        new(ReferralStatus, FigureShape.Breakdown, ReferralCategories),
        new(ReferralDaysToStart, FigureShape.Durations, null),
        new(AttendanceMeetings, FigureShape.Breakdown, [Attended, DidNotAttend]),
        new(AttendanceReferrals, FigureShape.Breakdown, [Attended, DidNotAttend]),
        new(FeedbackHeard, FigureShape.Breakdown, ScoreCategories),
        new(FeedbackPlanClear, FigureShape.Breakdown, ScoreCategories),
        new(FeedbackStage, FigureShape.Breakdown, Enum.GetValues<CaseStage>().Select(s => s.ToString()).ToArray()),
        new(FeedbackOccasion, FigureShape.Breakdown, Names<WorkAbility.Domain.Feedback.FeedbackOccasion>()),
        new(FeedbackHelped, FigureShape.Breakdown, ScoreCategories),
        new(CoverageFunnel, FigureShape.Breakdown, FunnelSteps),
        new(CoverageScreened, FigureShape.Breakdown, [FromScreening, NotFromScreening]),
        new(CoverageEnded, FigureShape.Breakdown, [EndedWithOutcome, NotEnded]),
        new(EffectChange, FigureShape.Breakdown, ChangeCategories),
        new(EffectImproved, FigureShape.Breakdown, ImprovedCategories),
        .. WorkAbility.Domain.FollowUp.SituationAfterSupport.MonthsAfterEnd.Select(m => new Figure(StatusAfterEnd(m), FigureShape.Breakdown, Names<WorkAbility.Domain.FollowUp.LifeSituation>())),
        new(EffectReferralEmployment, FigureShape.Breakdown, Names<WorkAbility.Domain.Referrals.EmploymentOutcome>()),
        .. WorkAbility.Domain.Feedback.ExperiencedChange.Domains.Select(d => new Figure(ExperiencedChange(d), FigureShape.Breakdown, ScoreCategories)),
        new(CostCases, FigureShape.Breakdown, [WorkOrStudy, OtherEnding]),
        new(CostUsers, FigureShape.Overlapping, null, CostCases),
        new(CostVisits, FigureShape.Overlapping, null, CostCases, PatternFrom: CostUsers),
        new(CostDays, FigureShape.Overlapping, null, CostCases, PatternFrom: CostUsers),
        new(Caseload, FigureShape.Breakdown, null),
        new(DeskWaiting, FigureShape.Durations, null),
    ];

    private static readonly Dictionary<string, Figure> ByCodes = All.ToDictionary(f => f.Code);

    public static Figure ByCode(string code) => ByCodes[code];

    public static string AgeBand(DateOnly birthDate, DateOnly on)
    {
        int age = on.Year - birthDate.Year - (on.DayOfYear < birthDate.DayOfYear ? 1 : 0);
        return age switch
        {
            < 25 => AgeBands[0],
            < 30 => AgeBands[1],
            < 40 => AgeBands[2],
            < 50 => AgeBands[3],
            < 60 => AgeBands[4],
            _ => AgeBands[5],
        };
    }

    private static string[] Names<T>() where T : struct, Enum => Enum.GetNames<T>();
}

/// <summary>
/// Durations are kept in day bins: exact days up to 60, weeks up to half a year, 30-day steps up to
/// two years, then one open bin. A bin is named by its first day (invariant digits).
/// </summary>
public static class DurationBins
{
    public const int OpenBin = 730;

    /// <summary>The buckets a lead-time distribution is drawn and published in (first day of each).</summary>
    public static readonly int[] ChartBuckets = [0, 8, 15, 31, 61, 91, 181];

    public static readonly string[] ChartBucketNames = ["0-7", "8-14", "15-30", "31-60", "61-90", "91-180", "181+"];

    public static int BinOf(int days) => days switch
    {
        < 0 => 0,
        <= 60 => days,
        < 182 => 61 + (days - 61) / 7 * 7,
        < OpenBin => 182 + (days - 182) / 30 * 30,
        _ => OpenBin,
    };

    public static string Category(int days) => BinOf(days).ToString(CultureInfo.InvariantCulture);

    /// <summary>The last day a bin holds (the open bin: none, int.MaxValue).</summary>
    public static int LastDayOf(int firstDay) => firstDay switch
    {
        <= 60 => firstDay,
        < 182 => Math.Min(firstDay + 6, 181),
        < OpenBin => Math.Min(firstDay + 29, OpenBin - 1),
        _ => int.MaxValue,
    };

    public static int FirstDayOf(string category) => int.Parse(category, NumberStyles.None, CultureInfo.InvariantCulture);

    public static string ChartBucketOf(int firstDay)
    {
        int i = Array.FindLastIndex(ChartBuckets, b => b <= firstDay);
        return ChartBucketNames[Math.Max(i, 0)];
    }
}
