namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// The addresses of the client's pages, in one place: links, redirects and invitations are built
/// here, so a page that moves is changed once (the pages' own <c>@page</c> templates match these).
/// </summary>
public static class Paths
{
    public const string Clients = "/asiakkaat";
    public const string NewClient = "/asiakkaat/uusi";

    /// <summary>The saatelomake (F31): the form, the sender's and the coordinators' list, one referral.</summary>
    public const string NewCoordinatorReferral = "/saatelomake";
    public const string CoordinatorReferrals = "/saatelomakkeet";

    public static string CoordinatorReferral(Guid id) => $"{CoordinatorReferrals}/{id}";

    public static string Client(Guid clientId) => $"{Clients}/{clientId}";

    public static string Concern(Guid clientId) => $"{Client(clientId)}/huoli";

    public static string NeedAssessment(Guid clientId) => $"{Client(clientId)}/arvio";

    public static string SelfAssessment(Guid clientId) => $"{Client(clientId)}/itsearvio";

    public static string Consent(Guid clientId) => $"{Client(clientId)}/suostumus";

    public static string Team(Guid clientId) => $"{Client(clientId)}/tiimi";
    public static string Network(Guid clientId) => $"{Client(clientId)}/verkosto";

    /// <summary>The messages between the client and the team (F40); a thread is an anchor on the page.</summary>
    public static string Messages(Guid clientId) => $"{Client(clientId)}/viestit";

    /// <summary>The tasks the team gave the client and the plan actions the client marked done (F40).</summary>
    public static string Tasks(Guid clientId) => $"{Client(clientId)}/tehtavat";

    /// <summary>The professional's own messages: client threads waiting to be read, across their cases.</summary>
    public const string MessageInbox = "/viestit";

    public static string Consultations(Guid clientId) => $"{Client(clientId)}/konsultaatiot";

    public static string Meeting(Guid clientId, Guid meetingId) => $"{Client(clientId)}/kokoukset/{meetingId}";

    public static string Plan(Guid clientId) => $"{Client(clientId)}/suunnitelma";

    public static string PlanVersions(Guid clientId) => $"{Plan(clientId)}/versiot";

    public static string PlanPrint(Guid clientId) => $"{Plan(clientId)}/tuloste";

    public static string Referrals(Guid clientId) => $"{Client(clientId)}/lahetteet";

    /// <summary>A continuity plan sent to an organisation that goes on serving the client (F41).</summary>
    public static string Continuity(Guid handoffId) => $"/jatkuvuus/{handoffId}";

    public static string FollowUp(Guid clientId) => $"{Client(clientId)}/seuranta";

    public static string OccupationalHealth(Guid clientId) => $"{Client(clientId)}/tyoterveys";
}
