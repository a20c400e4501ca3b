using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>F4: a coordinator answers; the asker sees the answer.</summary>
public static class AnswerConsultation
{
    public sealed record Request(string? Answer);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid id, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            if (actor.Role is not StaffRole.Coordinator)
            {
                throw new ClientNotFoundException();
            }
            var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new ClientNotFoundException();
            consultation.AnswerWith(actor.ProfessionalId!.Value, request.Answer, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder consultations) =>
        consultations.MapPost("/{id:guid}/answer", async (Guid id, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(id, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).DisableAntiforgery();
}
