namespace WorkAbility.Web.Features.Consents;

public static class ConsentEndpoints
{
    public static IEndpointRouteBuilder MapConsents(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/clients/{clientId:guid}/consents").RequireAuthorization().WithTags("Consents").DisableAntiforgery();
        group.MapGet("/", async (Guid clientId, ClientConsents consents, CancellationToken ct) =>
            Results.Ok((await consents.Page(clientId, ct)).Consents));
        group.MapPost("/", async (Guid clientId, ClientConsents.RecordRequest request, ClientConsents consents, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/consents", new { id = await consents.Record(clientId, request, ct) })).Produces(StatusCodes.Status201Created)
            .WithSummary("Records the client's consent (Kela Y100): organisations, data categories, purpose, validity, how it was given");
        group.MapPost("/{consentId:guid}/narrow", async (Guid clientId, Guid consentId, ClientConsents.NarrowRequest request, ClientConsents consents, CancellationToken ct) =>
        {
            await consents.Narrow(clientId, consentId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Takes organisations or data categories out of a consent (never adds)");
        group.MapPost("/{consentId:guid}/withdraw", async (Guid clientId, Guid consentId, ClientConsents.WithdrawRequest request, ClientConsents consents, CancellationToken ct) =>
        {
            await consents.Withdraw(clientId, consentId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Withdraws a consent; effective from the next request");
        return endpoints;
    }
}
