using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>
/// F25: the client's situation changed — employment began or ended — and the case moves to the path that fits
/// it. When it leaves the occupational health path, the OH unit that took the case on is told at once.
/// </summary>
public static class ChangeSituation
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "case.path";

    public sealed class Request
    {
        public ServicePath? Path { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForFollowUp(clientId, Change, ct);
            if (request.Path is not { } path || !Enum.IsDefined(path))
            {
                throw new DomainValidationException([new FieldError("path", request.Path is null ? TextRules.Required : "invalid_choice")]);
            }
            var now = clock.GetUtcNow();
            bool changes = work.Case.Path != path;
            work.Case.ChangePath(path, work.ProfessionalId, now);
            if (changes)
            {
                work.Case.Tell(WhoIsTold.OhPathLeft(work.Case.Id, work.Case.OccupationalHealthOrganisationId, work.Case.HandedOverToOrganisationId is not null, path, now));
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/cases/path", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            {
                await handler.Handle(clientId, request, ct);
                return Results.NoContent();
            }).Produces(StatusCodes.Status204NoContent)
            .WithSummary("The client's situation changed (employment began or ended): the case moves to the path that fits; OH is told if it leaves OH's path");
}
