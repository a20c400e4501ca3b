using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Web.Features.FollowUp;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.MyService;

/// <summary>
/// F39: some months after support ended the person tells where they are now (working, studying, a job seeker, …) in two
/// clicks on their own page. Told again for the same point, the later answer stands. Counted only as aggregates.
/// </summary>
public static class TellMySituation
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "me.situation-after-support";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public int? MonthsAfter { get; set; }
        /// <summary>One situation's name (WorkingFullTime, Studying, …); anything else is refused at the field.</summary>
        public string? Situation { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Request request, CancellationToken ct)
        {
            var clientId = access.OwnClientId();
            await access.LoadClientForWrite(clientId, Change, ct);
            var supportCase = await MyCase.Current(db, clientId, ct) ?? throw new DomainRuleException("no_active_case");
            if (supportCase.IsActive)
            {
                throw new DomainRuleException("support_not_ended");
            }
            await SituationRecords.Keep(db, SituationAfterSupport.Tell(supportCase.Id, supportCase.EndedAt, request.MonthsAfter, request.Situation,
                ToldBy.Client, null, clock.GetUtcNow()), ct);
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapPost("/situation-after-support", async (Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent)
        .WithSummary("My situation 3, 6 or 12 months after support ended: { monthsAfter, situation }");
}
