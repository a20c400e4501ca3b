using Microsoft.Extensions.Localization;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Features.Teams;

public static class TeamEndpoints
{
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Team").DisableAntiforgery();
        group.MapGet("/team", async (Guid clientId, CaseTeams teams, CancellationToken ct) =>
        {
            var page = await teams.Page(clientId, ct);
            return Results.Ok(new { page.ActiveCaseId, page.Team, page.HasValidConsent });
        });
        group.MapPost("/team", async (Guid clientId, CaseTeams.FormRequest request, CaseTeams teams, CancellationToken ct) =>
        {
            await teams.Form(clientId, request, ct);
            return Results.Created($"/api/clients/{clientId}/team", null);
        }).Produces(StatusCodes.Status201Created).WithSummary("The coordinator forms the team; exactly one member in caseManagerIds");
        group.MapPost("/team/members", async (Guid clientId, CaseTeams.MemberRequest request, CaseTeams teams, CancellationToken ct) =>
        {
            await teams.AddMember(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
        group.MapDelete("/team/members/{professionalId:guid}", async (Guid clientId, Guid professionalId, string? basedOnVersion, CaseTeams teams, CancellationToken ct) =>
        {
            await teams.RemoveMember(clientId, professionalId, ct, basedOnVersion);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
        group.MapPost("/team/handover", async (Guid clientId, CaseTeams.HandoverRequest request, CaseTeams teams, CancellationToken ct) =>
        {
            await teams.ProposeHandover(clientId, request, ct);
            return Results.Accepted($"/api/clients/{clientId}/team");
        }).Produces(StatusCodes.Status202Accepted).WithSummary("The case manager or coordinator proposes a successor with a handover note; nothing changes until the successor accepts");
        group.MapPost("/team/handover/accept", async (Guid clientId, CaseTeams.HandoverAnswer answer, CaseTeams teams, CancellationToken ct) =>
        {
            await teams.AcceptHandover(clientId, answer, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The proposed successor accepts and becomes the case manager");
        group.MapPost("/team/handover/refuse", async (Guid clientId, string? basedOnVersion, CaseTeams teams, CancellationToken ct) =>
        {
            await teams.RefuseHandover(clientId, ct, basedOnVersion);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The proposed successor declines; the current case manager stays");
        group.MapPost("/meetings", async (Guid clientId, CaseTeams.ConveneRequest request, CaseTeams teams, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/team", new { id = await teams.Convene(clientId, request, ct) })).Produces(StatusCodes.Status201Created)
            .WithSummary("Any team member convenes a meeting with 1–5 proposed times");
        group.MapPost("/meetings/{meetingId:guid}/schedule", async (Guid clientId, Guid meetingId, CaseTeams.ScheduleRequest request, CaseTeams teams, CancellationToken ct) =>
        {
            await teams.Schedule(clientId, meetingId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
        group.MapPost("/meetings/{meetingId:guid}/minutes", async (Guid clientId, Guid meetingId, CaseTeams.MinutesRequest request, CaseTeams teams, CancellationToken ct) =>
        {
            await teams.RecordMinutes(clientId, meetingId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Records the minutes once; a next meeting flows into the plan");
        group.MapGet("/meetings/{meetingId:guid}/invitation.ics", async (Guid clientId, Guid meetingId, Guid? participant, HttpContext http,
            CaseTeams teams, Infrastructure.Access.ClientAccess access, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var me = participant ?? access.RequireProfessional().ProfessionalId!.Value;
            var page = new Uri($"{http.Request.Scheme}://{http.Request.Host}/asiakkaat/{clientId}/tiimi");
            var ics = await teams.Invitation(clientId, meetingId, me, l["Meeting.InvitationSummary"], l["Meeting.InvitationDescription"], page, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "tyokokous.ics");
        }).WithSummary("The meeting invitation (.ics, Europe/Helsinki) for one participant (default: the caller)");
        return endpoints;
    }
}
