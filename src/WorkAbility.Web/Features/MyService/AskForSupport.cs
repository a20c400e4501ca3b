using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Auth;

namespace WorkAbility.Web.Features.MyService;

/// <summary>
/// F40: a person signed in with strong identification — a client, or a resident the county does not know yet — asks the
/// coordinators of their home municipality for work ability support themselves: in their own words what worries them,
/// what they have tried, the services they already have, how they want to be contacted. It arrives on the coordinators'
/// desk like a saatelomake, from the person (the request is their consent); the answer is the same whether or not they
/// are a client. One request waits at a time.
/// </summary>
public static class AskForSupport
{
    public const string Change = "me.request-for-support";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public string? Municipality { get; set; }
        public string? Concern { get; set; }
        public string? Tried { get; set; }
        public List<Service?>? ExistingServices { get; set; }
        public string? Phone { get; set; }
        public string? ContactPreference { get; set; }
    }

    public sealed class Service
    {
        public ExistingServiceKind? Kind { get; set; }
        public string? Organisation { get; set; }
        public string? ContactPerson { get; set; }
        public string? Contact { get; set; }

        public bool IsBlank => Kind is null && string.IsNullOrWhiteSpace(Organisation) && string.IsNullOrWhiteSpace(ContactPerson) && string.IsNullOrWhiteSpace(Contact);
    }

    public sealed record Sent(Guid Id);

    public sealed class Handler(AppDbContext db, ClientAccess access, IHttpContextAccessor http, TimeProvider clock)
    {
        public async Task<Sent> Handle(Request request, CancellationToken ct)
        {
            var (code, first, last) = await Asker.Of(access, http, Change, AccessAction.Create, ct);
            if (await db.CoordinatorReferrals.AnyAsync(r => r.PersonalIdentityCode == code.Value && r.SentById == null &&
                    (r.Status == CoordinatorReferralStatus.Sent || r.Status == CoordinatorReferralStatus.Received), ct))
            {
                throw new DomainRuleException("request_already_waiting");
            }
            var key = CoordinatorRoute.KeyOf(request.Municipality);
            var route = key.Length == 0 ? null : await db.CoordinatorRoutes.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, ct);
            var referral = CoordinatorReferral.AskedByPerson(new CoordinatorReferral.OwnRequestForm(route?.Municipality ?? request.Municipality,
                    request.Concern, request.Tried,
                    request.ExistingServices?.Where(s => s is null || !s.IsBlank)
                        .Select(s => s is null ? null : new CoordinatorReferral.ReferredServiceForm(s.Kind, s.Organisation, s.ContactPerson, s.Contact)).ToList(),
                    request.Phone, request.ContactPreference),
                route?.OrganisationId, code, first, last, clock.GetUtcNow());
            db.CoordinatorReferrals.Add(referral);
            await db.SaveChangesAsync(ct);
            return new Sent(referral.Id);
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapPost("/requests-for-support", async (Request request, Handler handler, CancellationToken ct) =>
        {
            var sent = await handler.Handle(request, ct);
            return Results.Accepted("/api/me/requests-for-support", sent);
        }).Produces<Sent>(StatusCodes.Status202Accepted)
        .WithSummary("Ask the coordinators of my home municipality for work ability support: { municipality, concern, tried, existingServices, phone, contactPreference }; the same answer for a client and a resident not yet known");
}

/// <summary>Who asks for support: a client by their record (the read logged as their own), a resident by their identification.</summary>
internal static class Asker
{
    public static async Task<(PersonalIdentityCode Code, string FirstName, string LastName)> Of(ClientAccess access, IHttpContextAccessor http, string resource,
        AccessAction action, CancellationToken ct)
    {
        var actor = access.Actor;
        if (actor.Kind is ActorKind.Client)
        {
            var client = action is AccessAction.Read
                ? await access.ReadClient(access.OwnClientId(), resource, ct)
                : await access.LoadClientForWrite(access.OwnClientId(), resource, ct);
            return (client.PersonalIdentityCode, client.FirstName, client.LastName);
        }
        if (actor.Kind is ActorKind.Resident && http.HttpContext?.User.ResidentOf() is { } resident &&
            PersonalIdentityCode.TryParse(resident.IdentityCode, out var code))
        {
            return (code, resident.FirstName, resident.LastName);
        }
        throw new ClientNotFoundException();
    }
}
