using WorkAbility.Data;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.CoordinatorReferrals;

/// <summary>F31: the coordinator sends a saatelomake back (wrong recipient, no consent…) with a reason its sender reads.</summary>
public static class ReturnCoordinatorReferral
{
    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public ReferralReturnReason? Reason { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid id, Request request, CancellationToken ct)
        {
            var (actor, referral) = await CoordinatorReferralDoor.ForHandling(db, access, id, ct);
            referral.Return(request.Reason, request.Note, actor.ProfessionalId!.Value, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapPost("/{id:guid}/return", async (Guid id, Request request, Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(id, request, ct);
                return Results.NoContent();
            })
            .Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status404NotFound)
            .WithSummary("A coordinator of the receiving sote-centre returns the saatelomake to its sender with a reason");
}
