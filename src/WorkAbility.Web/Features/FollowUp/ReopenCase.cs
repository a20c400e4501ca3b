using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>F23: the client returns; their last case is reopened with its history, by a coordinator or its case manager.</summary>
public static class ReopenCase
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "case.reopen";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public string? Reason { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            await access.LoadClientForWrite(clientId, Change, ct);
            if (await db.SupportCases.AnyAsync(SupportCase.ActiveOf(clientId), ct))
            {
                throw new DomainRuleException("case_not_ended");
            }
            // A client without any case has nothing to reopen: the same answer as a write on a case that is not there.
            var supportCase = await db.SupportCases.Include(c => c.Events).Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct)
                ?? throw new DomainRuleException("no_active_case");
            var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
            if (!CaseTeam.MayReopen(team, actor.ProfessionalId!.Value, actor.Role!.Value))
            {
                throw new DomainRuleException("reopen_by_coordinator");
            }
            supportCase.Reopen(request.Reason, actor.ProfessionalId, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/cases/reopen", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("The client returns: the last case is reopened with its history");
}
