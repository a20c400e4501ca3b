namespace WorkAbility.Domain.Consents;

/// <summary>
/// The kinds of client data a consent can cover (Kela Y100 names health data separately). A
/// professional of another organisation sees only the categories their organisation's consent covers.
/// </summary>
[Flags]
public enum DataCategory
{
    None = 0,
    HealthData = 1,
    SocialWelfareData = 2,
    EmploymentData = 4,
    KelaBenefitsData = 8,
    All = HealthData | SocialWelfareData | EmploymentData | KelaBenefitsData,
}

/// <summary>How the client gave the consent.</summary>
public enum ConsentGivenAs
{
    SignedOnPaper,
    ElectronicConfirmation,

    /// <summary>Prepared by a professional; in force only once the client confirms it in their own service with a strong sign-in (F27).</summary>
    ClientConfirmsOnline,
}

public static class DataCategories
{
    /// <summary>The single categories a client can choose, in the order they are shown.</summary>
    public static IReadOnlyList<DataCategory> Each { get; } =
        [DataCategory.HealthData, DataCategory.SocialWelfareData, DataCategory.EmploymentData, DataCategory.KelaBenefitsData];

    /// <summary>
    /// A concern recorded at the sote-centre describes the client's health; one that arrived as a
    /// social welfare concern notification is social welfare data.
    /// </summary>
    public static DataCategory OfConcern(Cases.ContactBasis basis) =>
        basis is Cases.ContactBasis.NotificationWithoutConsent ? DataCategory.SocialWelfareData : DataCategory.HealthData;

    /// <summary>Need assessments, self-assessments and measures describe functioning and health.</summary>
    public const DataCategory OfAssessment = DataCategory.HealthData;

    /// <summary>
    /// The data a timeline event's title and note reveal: what was assessed, reviewed, discussed or
    /// referred describes the person's health and functioning; teamwork, consents and plans do not
    /// (their content has categories of its own). A reader whose consent leaves the category out
    /// sees only that an entry exists.
    /// </summary>
    public static DataCategory OfEvent(Cases.CaseEventKind kind) => kind switch
    {
        Cases.CaseEventKind.ConcernRecorded or Cases.CaseEventKind.LevelOfSupportDecided or Cases.CaseEventKind.FollowUpReviewed
            or Cases.CaseEventKind.FollowUpContactRecorded or Cases.CaseEventKind.EarlySupportDiscussion or Cases.CaseEventKind.WorkAbilityNegotiationHeld
            or Cases.CaseEventKind.ExpertConsulted or Cases.CaseEventKind.ExpertAnswered
            or Cases.CaseEventKind.OhQuestionAsked or Cases.CaseEventKind.OhQuestionAnswered
            or Cases.CaseEventKind.ReferralSent or Cases.CaseEventKind.ReferralStatusChanged => DataCategory.HealthData,
        Cases.CaseEventKind.EmploymentEnded => DataCategory.EmploymentData,
        _ => DataCategory.None,
    };

    public static DataCategory Combine(IEnumerable<DataCategory> categories) =>
        categories.Aggregate(DataCategory.None, (all, c) => all | c);
}
