namespace WorkAbility.Domain.Access;

/// <summary>What part of a person's data an access touched, in words the person knows.</summary>
public enum DataTopic
{
    BasicDetails,
    CaseAndConcerns,
    NeedAssessment,
    SelfAssessment,
    Consents,
    Team,
    Meetings,
    Plan,
    Referrals,
    FollowUp,
    OccupationalHealth,
    AccessLog,
    Feedback,

    /// <summary>Messages between the client and the team (F40).</summary>
    Messages,

    /// <summary>Everything at once, read by another information system through the FHIR interface.</summary>
    WholeRecord,
    Other,
}

/// <summary>
/// Turns access-log entries into what the client is told about who has seen their data (Act
/// 703/2023; F30). Resource codes become topics. A refused attempt is shown without the would-be
/// reader (docs/adr/0007): it is not the client's data that was seen, and naming colleagues for
/// attempts the system stopped is for the data protection officer, who sees the full log.
/// </summary>
public static class AccessLogExplanation
{
    private static readonly (string Prefix, DataTopic Topic)[] Topics =
    [
        ("client.search", DataTopic.BasicDetails),
        ("client.overview", DataTopic.CaseAndConcerns),
        ("client", DataTopic.BasicDetails),
        ("me.access-log", DataTopic.AccessLog),
        ("me.feedback", DataTopic.Feedback),
        ("me.language", DataTopic.BasicDetails),
        ("me.messages", DataTopic.Messages),
        ("me.tasks", DataTopic.Plan),
        ("me", DataTopic.CaseAndConcerns),
        ("case", DataTopic.CaseAndConcerns),
        ("concern", DataTopic.CaseAndConcerns),
        ("coordinator.desk", DataTopic.CaseAndConcerns),
        ("coordinator-referral", DataTopic.CaseAndConcerns),
        ("worklist", DataTopic.CaseAndConcerns),
        ("need-assessment", DataTopic.NeedAssessment),
        ("self-assessment", DataTopic.SelfAssessment),
        ("external-measure", DataTopic.SelfAssessment),
        ("consent", DataTopic.Consents),
        ("record-consent", DataTopic.Consents),
        ("change-consent", DataTopic.Consents),
        ("team", DataTopic.Team),
        ("meeting", DataTopic.Meetings),
        ("messages", DataTopic.Messages),
        ("plan", DataTopic.Plan),
        ("tasks", DataTopic.Plan),
        ("referral", DataTopic.Referrals),
        ("follow-up", DataTopic.FollowUp),
        ("oh", DataTopic.OccupationalHealth),
        // Reads through the FHIR interface, by the resource they returned.
        ("fhir.everything", DataTopic.WholeRecord),
        ("fhir.patient", DataTopic.BasicDetails),
        ("fhir.careteam", DataTopic.Team),
        ("fhir.relatedperson", DataTopic.Team),
        ("fhir.consent", DataTopic.Consents),
        ("fhir.careplan", DataTopic.Plan),
        ("fhir.servicerequest", DataTopic.Referrals),
        ("fhir.task", DataTopic.Referrals),
        ("fhir.observation", DataTopic.SelfAssessment),
        ("fhir.questionnaireresponse", DataTopic.SelfAssessment),
        ("kanta", DataTopic.Plan),
    ];

    /// <summary>The topic of a resource code such as <c>plan.view</c> or <c>team.member.add</c>.</summary>
    public static DataTopic TopicOf(string resource)
    {
        foreach (var (prefix, topic) in Topics)
        {
            if (resource == prefix || resource.StartsWith(prefix + ".", StringComparison.Ordinal) || resource.StartsWith(prefix + "-", StringComparison.Ordinal))
            {
                return topic;
            }
        }
        return DataTopic.Other;
    }

    /// <summary>Whether the client is shown who made the attempt: only for accesses that were allowed.</summary>
    public static bool ShowsWho(bool allowed) => allowed;
}
