using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Clients;

/// <summary>
/// F5, F32: the services, organisations and contact persons the client already has. Read like any
/// client data (one access decision, one log entry); across organisations only the entries whose kind
/// the consent covers are shown, and the page says how many are hidden.
/// </summary>
public static class ExistingServices
{
    public sealed record View(string ClientName, IReadOnlyList<ExistingServiceView> Services, int HiddenByConsent);

    public sealed record Request(ExistingServiceKind? Kind, string? Organisation, Guid? ServiceId, string? ContactPerson, string? Contact,
        DateOnly? Since, DateOnly? Until, string? Note);

    public sealed record EndRequest(DateOnly? Until);

    /// <summary>See <see cref="ExistingServices"/>.</summary>
    public static class List
    {
        public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
        {
            public async Task<View> Handle(Guid clientId, CancellationToken ct, string resource = "existing-services")
            {
                var client = await access.ReadClient(clientId, resource, ct);
                var (shown, hidden) = await ExistingServiceReads.ForClient(db, access, clientId, FinnishCalendar.DateOf(clock.GetUtcNow()), ct);
                return new View(client.FullName, shown, hidden);
            }
        }
    }

    /// <summary>See <see cref="ExistingServices"/>.</summary>
    public static class Record
    {
        public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
        {
            public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
            {
                var me = access.RequireProfessional().ProfessionalId!.Value;
                var client = await access.LoadClientForWrite(clientId, "existing-services", ct);
                if (request.ServiceId is { } serviceId && !await db.Services.AnyAsync(s => s.Id == serviceId, ct))
                {
                    throw new DomainValidationException([new FieldError("serviceId", "invalid_choice")]);
                }
                var entry = ExistingService.Record(client.Id, request.Kind, request.Organisation, request.ServiceId, request.ContactPerson, request.Contact,
                    request.Since, request.Until, request.Note, me, clock.GetUtcNow());
                db.ExistingServices.Add(entry);
                await db.SaveChangesAsync(ct);
                return entry.Id;
            }
        }
    }

    /// <summary>See <see cref="ExistingServices"/>.</summary>
    public static class End
    {
        public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
        {
            public async Task Handle(Guid clientId, Guid id, EndRequest request, CancellationToken ct)
            {
                access.RequireProfessional();
                await access.LoadClientForWrite(clientId, "existing-services", ct);
                var entry = await db.ExistingServices.SingleOrDefaultAsync(s => s.Id == id && s.ClientId == clientId, ct)
                    ?? throw new DomainRuleException("existing_service_not_found");
                entry.End(request.Until ?? FinnishCalendar.DateOf(clock.GetUtcNow()));
                await db.SaveChangesAsync(ct);
            }
        }
    }

    public static void Map(RouteGroupBuilder client)
    {
        client.MapGet("/existing-services", async (Guid clientId, List.Handler handler, CancellationToken ct) =>
        {
            var view = await handler.Handle(clientId, ct);
            return Results.Ok(new { view.Services, view.HiddenByConsent });
        }).WithSummary("The services, organisations and contacts the client already has; entries the reader's consent does not cover are counted, not shown");
        client.MapPost("/existing-services", async (Guid clientId, Request request, Record.Handler handler, CancellationToken ct) =>
                Results.Created($"/api/clients/{clientId}/existing-services", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created)
            .WithSummary("Records a service the client already has: kind, organisation, optional catalogue service, contact, since/until, note");
        client.MapPost("/existing-services/{id:guid}/end", async (Guid clientId, Guid id, EndRequest request, End.Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, id, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The client no longer has the service: it ends (today unless a date is given) and stays in the history");
    }
}
