using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.OccupationalHealth;

/// <summary>
/// F42: the employer side of an employed client's case as data – the supervisor as the contact person, the early support
/// discussion's day and the workplace measures it led to, a running sick leave, and whether the employer's or occupational
/// health's resources limit the service. Kept by the responsible OH unit (or, without OH, the professional serving the client).
/// </summary>
public static class RecordEmployerSide
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "oh.employer";

    public sealed class Request
    {
        public string? SupervisorName { get; set; }
        public string? SupervisorContact { get; set; }
        public DateOnly? EarlySupportOn { get; set; }
        public List<WorkplaceMeasures> Measures { get; set; } = [];
        public DateOnly? SickLeaveSince { get; set; }
        public List<ServiceLimits> LimitedBy { get; set; } = [];
        public string? Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForOh(clientId, Change, ct, employedWithoutOhToo: true);
            var side = await db.EmployerSides.SingleOrDefaultAsync(e => e.SupportCaseId == work.Case.Id, ct);
            if (side is null)
            {
                side = EmployerSide.For(work.Case.Id);
                db.EmployerSides.Add(side);
            }
            else if (request.Version is { Length: > 0 } version)
            {
                // A version that is no version at all cannot be checked: refused, not taken as "no version named".
                db.Entry(side).Property(e => e.Version).OriginalValue = Guid.TryParse(version, out var v)
                    ? v : throw new WorkAbility.Domain.Common.DomainValidationException([new WorkAbility.Domain.Common.FieldError("version", "invalid_choice")]);
            }
            var measures = request.Measures.Aggregate(WorkplaceMeasures.None, (all, m) => all | m);
            var limits = request.LimitedBy.Aggregate(ServiceLimits.None, (all, l) => all | l);
            side.Update(new EmployerSide.Details(request.SupervisorName, request.SupervisorContact, request.EarlySupportOn, measures, request.SickLeaveSince, limits),
                work.ProfessionalId, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPut("/occupational-health/employer", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent)
        .WithSummary("The employer side: supervisorName, supervisorContact, earlySupportOn, measures (AdjustedDuties, AdjustedHours, Aids, WorkTrialElsewhere, Retraining), sickLeaveSince, limitedBy (EmployerResources, OccupationalHealthResources)");
}
