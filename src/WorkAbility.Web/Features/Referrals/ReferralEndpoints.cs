using System.Globalization;

namespace WorkAbility.Web.Features.Referrals;

public static class ReferralEndpoints
{
    public static IEndpointRouteBuilder MapReferrals(this IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup("/api/clients/{clientId:guid}").RequireAuthorization().WithTags("Referrals").DisableAntiforgery();
        client.MapGet("/referrals", async (Guid clientId, Referrals referrals, CancellationToken ct) =>
            Results.Ok(await referrals.ForClient(clientId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)));
        client.MapPost("/referrals", async (Guid clientId, Referrals.SendRequest request, Referrals referrals, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/referrals", new { id = await referrals.Send(clientId, request, ct) })).Produces(StatusCodes.Status201Created)
            .WithSummary("Sends a plan action's catalogue service to its provider as a referral");

        var provider = endpoints.MapGroup("/api/referrals").RequireAuthorization().WithTags("Referrals").DisableAntiforgery();
        provider.MapGet("/inbox", async (Referrals referrals, CancellationToken ct) =>
            Results.Ok(await referrals.Inbox(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)))
            .WithSummary("Open referrals to the caller's organisation, oldest first");
        provider.MapGet("/{referralId:guid}", async (Guid referralId, Referrals referrals, CancellationToken ct) =>
            Results.Ok(await referrals.Get(referralId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct)));
        provider.MapPost("/{referralId:guid}/status", async (Guid referralId, Referrals.MoveRequest request, Referrals referrals, CancellationToken ct) =>
        {
            await referrals.Move(referralId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Moves a referral along its loop: received, accepted/declined (reason), started, completed (employment outcome), did-not-attend, withdrawn");
        return endpoints;
    }
}
