using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F10: the coordinator or case manager adds a professional to the team; they are told in the app.</summary>
public static class AddTeamMember
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "team.member.add";

    public sealed record Request(Guid? ProfessionalId, string? BasedOnVersion = null);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadTeamForChange(clientId, Change, ct, basedOnVersion: request.BasedOnVersion);
            var id = request.ProfessionalId ?? throw new DomainValidationException([new FieldError("professionalId", TextRules.Required)]);
            await TeamWork.EnsureProfessionals(db, [id], "professionalId", ct);
            var now = clock.GetUtcNow();
            work.RequireTeam().AddMember(id, now);
            work.Case.Record(CaseEventKind.TeamMemberAdded, work.ProfessionalId, now);
            work.Case.Tell(WhoIsTold.MemberAdded(work.Case.Id, id, work.ProfessionalId, now));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/team/members", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
}
