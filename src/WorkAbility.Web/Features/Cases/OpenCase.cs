using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Cases;

/// <summary>F5: a professional opens a support case for the client; a second active case is refused with the existing one named.</summary>
public static class OpenCase
{
    public sealed record Request(ServicePath? Path, CaseStage? Stage);

    public sealed class Handler(AppDbContext db, ClientAccess access, CaseOpening opening)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            await access.AuthoriseCreate(clientId, "case", ct);
            var supportCase = await opening.Open(clientId, request.Path ?? ServicePath.Unemployed, request.Stage ?? CaseStage.Concern, actor, ct);
            await db.SaveChangesAsync(ct);
            return supportCase.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/cases", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/cases", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created);
}
