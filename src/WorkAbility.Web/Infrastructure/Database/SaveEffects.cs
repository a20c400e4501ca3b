using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkAbility.Web.Infrastructure.Database;

/// <summary>
/// What happens when a unit of work is saved, in the order it happens — the one list of them (docs/architecture.md's
/// request walk shows the same, and a test keeps the registered effects and this list the same):
/// <list type="number">
/// <item><b>Notices → notifications</b> (<c>WorkAbility.Data/NoticeDispatch</c>, in <c>AppDbContext.SaveChangesAsync</c>): the notices
/// the changed cases raised, one notification per person.</item>
/// <item><b>Versions</b> (<c>AppDbContext.RenewVersions</c>): every changed editable aggregate gets a new version; the old one is the
/// concurrency check.</item>
/// <item><b>Kept risk states</b> (<c>Features/Risks/CaseRiskInterceptor</c>, a save effect): the risk states of the cases the save
/// touched are rewritten right after it, so the radar shows the change at once.</item>
/// <item><b>Kanta outbox</b> (<c>Fhir/PlanOutboxInterceptor</c>, a save effect): every added plan version gets its delivery in the
/// same transaction.</item>
/// <item><b>Access log</b> (<c>Infrastructure/Access/AccessLogWriter</c>): an entry about a change is added to the change's own unit
/// of work by the privacy door; an entry about a read is staged and written when the request ends
/// (<c>AccessLogStage</c>), and the sealer chains both later.</item>
/// </list>
/// A save effect is an EF Core interceptor registered with <see cref="AddSaveEffect{T}"/> beside its own code; the database
/// registration applies them in the order they were registered.
/// </summary>
public static class SaveEffects
{
    public static IServiceCollection AddSaveEffect<T>(this IServiceCollection services) where T : class, IInterceptor
    {
        services.AddSingleton<IInterceptor, T>();
        return services;
    }
}
