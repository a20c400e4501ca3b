using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F10: a member leaves the team (never the case manager without a successor).</summary>
public static class RemoveTeamMember
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "team.member.remove";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Guid professionalId, string? basedOnVersion, CancellationToken ct)
        {
            var work = await access.LoadTeamForChange(clientId, Change, ct, basedOnVersion: basedOnVersion);
            var now = clock.GetUtcNow();
            work.RequireTeam().RemoveMember(professionalId, now);
            work.Case.Record(CaseEventKind.TeamMemberLeft, work.ProfessionalId, now);
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapDelete("/team/members/{professionalId:guid}", async (Guid clientId, Guid professionalId, string? basedOnVersion, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, professionalId, basedOnVersion, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
}
