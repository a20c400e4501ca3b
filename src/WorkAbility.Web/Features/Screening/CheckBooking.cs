using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkAbility.Data;
using WorkAbility.Domain.Screening;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Features.Screening;

/// <summary>
/// F2 at booking: the facts checked against the screening indicators, and that a check was made and whether it alerted
/// kept for the statistics (F39 reach: the first step on the way to help). The booking's facts are not kept.
/// </summary>
public static class CheckBooking
{
    public sealed class Handler(AppDbContext db, ClientAccess access, ScreeningRules rules, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        public async Task<ScreeningCheck.Response> Handle(ScreeningCheck.Request request, CancellationToken ct)
        {
            var response = ScreeningCheck.Evaluate(request, rules.Current, l);
            if (access.Actor.OrganisationId is { } organisationId
                && await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Area).SingleOrDefaultAsync(ct) is { } municipality)
            {
                db.ScreeningChecks.Add(ScreeningCheckRecord.Of(organisationId, municipality, response.Alerts.Count > 0, clock.GetUtcNow()));
                await db.SaveChangesAsync(ct);
            }
            return response;
        }
    }
}
