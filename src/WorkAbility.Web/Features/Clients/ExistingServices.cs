using WorkAbility.Domain.Clients;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Clients;

/// <summary>
/// F5, F32: the services, organisations and contact persons the client already has. Read like any
/// client data (one access decision, one log entry); across organisations only the entries whose kind
/// the consent covers are shown, and the page says how many are hidden.
/// </summary>
public static class ExistingServices
{
    public sealed record View(string ClientName, IReadOnlyList<ExistingServiceView> Services, int HiddenByConsent);

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public ExistingServiceKind? Kind { get; set; }
        public string? Organisation { get; set; }
        public Guid? ServiceId { get; set; }
        public string? ContactPerson { get; set; }
        public string? Contact { get; set; }
        public DateOnly? Since { get; set; }
        public DateOnly? Until { get; set; }
        public string? Note { get; set; }
    }

    public sealed record EndRequest(DateOnly? Until);

    public static void Map(RouteGroupBuilder client)
    {
        client.MapGet("/existing-services", async (Guid clientId, ListExistingServices.Handler handler, CancellationToken ct) =>
        {
            var view = await handler.Handle(clientId, ct);
            return Results.Ok(new { view.Services, view.HiddenByConsent });
        }).WithSummary("The services, organisations and contacts the client already has; entries the reader's consent does not cover are counted, not shown");
        client.MapPost("/existing-services", async (Guid clientId, Request request, RecordExistingService.Handler handler, CancellationToken ct) =>
                Results.Created($"/api/clients/{clientId}/existing-services", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created)
            .WithSummary("Records a service the client already has: kind, organisation, optional catalogue service, contact, since/until, note");
        client.MapPost("/existing-services/{id:guid}/end", async (Guid clientId, Guid id, EndRequest request, EndExistingService.Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, id, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The client no longer has the service: it ends (today unless a date is given) and stays in the history");
    }
}
