using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkAbility.Domain.Plans;
using WorkAbility.Web.Infrastructure.Integrations;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// The outbox's write side: every plan version added in a unit of work gets its Kanta delivery in
/// the same save, whichever use case saved it (the plan form, a meeting's minutes carrying the next
/// meeting into the plan). One transaction: both or neither.
/// </summary>
public sealed class PlanOutboxInterceptor(KantaSettings settings, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Queue(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Queue(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Queue(DbContext? context)
    {
        if (context is null || !settings.Enabled)
        {
            return;
        }
        var added = context.ChangeTracker.Entries<PlanVersion>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var queued = context.ChangeTracker.Entries<PlanDocumentDelivery>().Select(e => e.Entity.PlanVersionId).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var version in added.Where(v => !queued.Contains(v.Id)))
        {
            context.Add(PlanDocumentDelivery.Queue(version, now));
        }
    }
}
