using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>
/// F39: a professional who meets the person after support ended records their situation at 3, 6 or 12 months (the
/// person may also tell it themselves on their own page). Told again for the same point, the later answer stands.
/// </summary>
public static class RecordSituationAfterSupport
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "follow-up.situation-after-support";

    /// <summary>Bindable from the page's form and the API's JSON alike.</summary>
    public sealed class Request
    {
        public int? MonthsAfter { get; set; }
        /// <summary>One situation's name (WorkingFullTime, Studying, …); anything else is refused at the field.</summary>
        public string? Situation { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            await access.LoadClientForWrite(clientId, Change, ct);
            if (await db.SupportCases.AnyAsync(SupportCase.ActiveOf(clientId), ct))
            {
                throw new DomainRuleException("support_not_ended");
            }
            var supportCase = await db.SupportCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(ct)
                ?? throw new DomainRuleException("no_active_case");
            await SituationRecords.Keep(db, SituationAfterSupport.Tell(supportCase.Id, supportCase.EndedAt, request.MonthsAfter, request.Situation,
                ToldBy.Professional, actor.ProfessionalId, clock.GetUtcNow()), ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/situation-after-support", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent)
        .WithSummary("The person's situation 3, 6 or 12 months after support ended, as told to a professional: { monthsAfter, situation }");
}

/// <summary>Keeps one answer per point after the end: a new one replaces the one told before.</summary>
[Published]
public static class SituationRecords
{
    public static async Task Keep(AppDbContext db, SituationAfterSupport told, CancellationToken ct)
    {
        var earlier = await db.SituationsAfterSupport.SingleOrDefaultAsync(s => s.SupportCaseId == told.SupportCaseId && s.MonthsAfter == told.MonthsAfter, ct);
        if (earlier is null)
        {
            db.SituationsAfterSupport.Add(told);
        }
        else
        {
            earlier.Replace(told);
        }
        await db.SaveChangesAsync(ct);
    }
}
