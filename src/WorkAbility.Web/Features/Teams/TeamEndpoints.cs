namespace WorkAbility.Web.Features.Teams;

public static class TeamEndpoints
{
    /// <summary>The team's API: each use case maps its own route under the client.</summary>
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Team").DisableAntiforgery();
        ShowTeam.Map(client);
        FormTeam.Map(client);
        AddTeamMember.Map(client);
        RemoveTeamMember.Map(client);
        ProposeHandover.Map(client);
        AcceptHandover.Map(client);
        RefuseHandover.Map(client);
        ConveneMeeting.Map(client);
        ScheduleMeeting.Map(client);
        RecordMinutes.Map(client);
        DownloadMeetingInvitation.Map(client);
        // A whole caseload is handed over from the worklist: a professional's own, or a colleague's by a coordinator.
        var worklist = endpoints.MapGroup("/api").RequireAuthorization().WithTags("Team").DisableAntiforgery();
        ShowCaseloadHandover.Map(worklist);
        HandOverCaseload.Map(worklist);
        var me = endpoints.MapGroup("/api/me").RequireAuthorization().WithTags("My service");
        ShowTeam.MapMine(me);
        DownloadMeetingInvitation.MapMine(me);
        AnswerInvitation.MapMine(me);
        return endpoints;
    }
}
