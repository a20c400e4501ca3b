using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F34: occupational health keeps overall responsibility and refers the client to a service of the
/// catalogue — a sote-centre's, employment services', an NGO's — without a coordinator-formed team.
/// The same closed loop as a team's referral: the client's consent must name the provider, a service
/// the client already has or already waits for is not referred again, the provider moves it along.
/// </summary>
public static class ReferFromOccupationalHealth
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "referral.send";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public Guid? ServiceId { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, Change, ct);
            var (supportCase, me) = (work.Case, work.ProfessionalId);
            var service = request.ServiceId is { } id ? await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.Active, ct) : null;
            if (service is null)
            {
                throw new DomainValidationException([new FieldError("serviceId", request.ServiceId is null ? TextRules.Required : "invalid_choice")]);
            }
            var referral = await ReferralSending.Send(db, access, clientId, supportCase, null, service, request.Note, me, clock.GetUtcNow(), "serviceId", ct);
            await db.SaveChangesAsync(ct);
            return referral.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/occupational-health/referrals", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            {
                var id = await handler.Handle(clientId, request, ct);
                return Results.Created($"/api/referrals/{id}", new { id });
            }).Produces(StatusCodes.Status201Created)
            .WithSummary("The responsible OH unit refers the client to a catalogue service (consent-checked), without a team");
}
