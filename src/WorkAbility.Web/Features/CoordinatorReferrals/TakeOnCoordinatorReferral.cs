using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.CoordinatorReferrals;

/// <summary>
/// F31: the coordinator takes the person on — a client the county already has (one offered as a
/// match), or a new one registered here with the same rules as any registration (a typed identity
/// code the county already knows is that client). The client's one active case is joined or a new
/// one opened at the coordinator's sote-centre; the referral becomes a contact on its timeline
/// (channel: saatelomake), the case goes to the coordinator's assessment with this coordinator, and
/// the services the sender listed join the client's network.
/// </summary>
public static class TakeOnCoordinatorReferral
{
    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public Guid? ClientId { get; set; }
        public ServicePath? Path { get; set; }
        public string? PersonalIdentityCode { get; set; }
        public string? FirstName { get; set; }
        public string? LastName { get; set; }
        public string? Municipality { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
    }

    public sealed record Result(Guid ClientId, Guid CaseId, bool Registered, bool OpenedNewCase);

    public sealed class Handler(AppDbContext db, ClientAccess access, CaseOpening cases, TimeProvider clock)
    {
        public async Task<Result> Handle(Guid id, Request request, CancellationToken ct)
        {
            var (actor, referral) = await CoordinatorReferralDoor.ForHandling(db, access, id, ct);
            if (!referral.IsWaiting)
            {
                throw new DomainRuleException("coordinator_referral_handled");
            }
            if (request.Path is { } p && !Enum.IsDefined(p))
            {
                throw DomainRuleException.Invalid("invalid_choice", "path");
            }
            var now = clock.GetUtcNow();
            var me = actor.ProfessionalId!.Value;
            var (client, registered) = await ClientOf(referral, request, actor.OrganisationId!.Value, now, ct);
            var (supportCase, opened) = await cases.OpenOrJoin(client.Id, request.Path ?? ServicePath.Unemployed, actor, ct);
            var from = await db.Organisations.AsNoTracking().Where(o => o.Id == referral.FromOrganisationId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? "";
            var concern = Concern.FromCoordinatorReferral(supportCase.Id, referral, from, me, now);
            db.Concerns.Add(concern);
            supportCase.NoteConcern(concern, me, now);
            supportCase.TakeOnReferralToCoordinator(me, now);
            await AddToNetwork(client.Id, referral.ExistingServices, me, now, ct);
            referral.TakeOn(client.Id, supportCase.Id, me, now);
            await access.LogThroughCoordinatorReferral([client.Id], registered ? AccessAction.Create : AccessAction.Update, "coordinator-referral.take-on", ct);
            await db.SaveChangesAsync(ct);
            return new Result(client.Id, supportCase.Id, registered, opened);
        }

        private async Task<(Client Client, bool Registered)> ClientOf(CoordinatorReferral referral, Request request, Guid organisationId, DateTimeOffset now, CancellationToken ct)
        {
            if (request.ClientId is { } clientId)
            {
                // Only a client offered as a match can be chosen: a saatelomake opens no door to anyone else.
                var chosen = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, ct);
                return chosen is not null && referral.MayBe(chosen)
                    ? (chosen, false)
                    : throw new DomainRuleException("coordinator_referral_not_candidate", "clientId");
            }
            var client = Client.Register(request.PersonalIdentityCode ?? referral.PersonalIdentityCode, request.FirstName ?? referral.FirstName,
                request.LastName ?? referral.LastName, request.Municipality ?? referral.Municipality, request.Phone ?? referral.Phone, request.Email,
                now, organisationId);
            // One record per identity code in the county: a code already known is that person.
            if (await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.PersonalIdentityCode == client.PersonalIdentityCode, ct) is { } known)
            {
                return (known, false);
            }
            db.Clients.Add(client);
            return (client, true);
        }

        private async Task AddToNetwork(Guid clientId, IReadOnlyList<ReferredService> services, Guid me, DateTimeOffset now, CancellationToken ct)
        {
            if (services.Count == 0)
            {
                return;
            }
            var today = FinnishCalendar.DateOf(now);
            var known = (await db.ExistingServices.AsNoTracking().Where(s => s.ClientId == clientId).ToListAsync(ct))
                .Where(s => s.IsCurrentOn(today)).Select(s => (s.Kind, s.Organisation.ToUpperInvariant())).ToHashSet();
            foreach (var s in services.Where(s => !known.Contains((s.Kind, s.Organisation.ToUpperInvariant()))))
            {
                db.ExistingServices.Add(ExistingService.Record(clientId, s.Kind, s.Organisation, null, s.ContactPerson, s.Contact, null, null,
                    null, me, now));
            }
        }
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapPost("/{id:guid}/take-on", async (Guid id, Request request, Handler handler, CancellationToken ct) =>
                Results.Ok(await handler.Handle(id, request, ct)))
            .Produces<Result>().Produces(StatusCodes.Status404NotFound)
            .WithSummary("A coordinator of the receiving sote-centre takes the person on: a matched client, or a new one registered from the form");
}
