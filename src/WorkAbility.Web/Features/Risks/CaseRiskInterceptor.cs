using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Web.Features.Risks;

/// <summary>
/// After any save that touched what the risk radar reads about a case (the case, its team, plan,
/// follow-ups, referrals, assessments, concerns; the client's consents or name; an owner leaving),
/// rewrites those cases' <see cref="CaseRiskState"/> in the same unit of work, so a worklist read
/// right after shows the change. If that fails the save still stands: the recheck round repairs the
/// state, and the failure is logged.
/// </summary>
public sealed partial class CaseRiskInterceptor(RiskThresholds thresholds, TimeProvider clock, ILogger<CaseRiskInterceptor> logger) : SaveChangesInterceptor
{
    private sealed class Touched
    {
        public HashSet<Guid> Cases { get; } = [];
        public HashSet<Guid> Clients { get; } = [];
        public HashSet<Guid> Owners { get; } = [];

        public bool Any => Cases.Count + Clients.Count + Owners.Count > 0;
    }

    private readonly ConditionalWeakTable<DbContext, Touched> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Synchronous saves (none in request paths) are left to the recheck round.
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && pending.TryGetValue(db, out var touched))
        {
            pending.Remove(db);
            // The save has committed: an abandoned request must not make it look failed, so the short refresh is not cancelled.
            await Refresh(db, touched, CancellationToken.None);
        }
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            pending.Remove(context);
        }
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is not AppDbContext)
        {
            return;
        }
        var touched = new Touched();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is CaseRiskState
                || entry.Entity is WorkAbility.Domain.Access.AccessLogEntry or WorkAbility.Domain.Notifications.Notification or WorkAbility.Domain.Sessions.UserSession)
            {
                continue;
            }
            switch (entry.Entity)
            {
                case SupportCase c:
                    touched.Cases.Add(c.Id);
                    break;
                case Client client:
                    touched.Clients.Add(client.Id);
                    break;
                case Consent consent:
                    touched.Clients.Add(consent.ClientId);
                    break;
                case WorkAbility.Domain.Assessment.Questionnaires.SelfAssessment filled:
                    touched.Clients.Add(filled.ClientId);
                    break;
                case WorkAbility.Domain.Assessment.ExternalMeasure measure:
                    touched.Clients.Add(measure.ClientId);
                    break;
                case Professional professional when entry.State is EntityState.Modified:
                    touched.Owners.Add(professional.Id);
                    break;
                default:
                    if (entry.Metadata.FindProperty(nameof(CaseRiskState.SupportCaseId)) is { } property && entry.Property(property.Name).CurrentValue is Guid caseId)
                    {
                        touched.Cases.Add(caseId);
                    }
                    break;
            }
        }
        if (touched.Any)
        {
            pending.AddOrUpdate(context, touched);
        }
    }

    private async Task Refresh(AppDbContext db, Touched touched, CancellationToken ct)
    {
        try
        {
            var cases = touched.Cases.ToList();
            if (touched.Clients.Count > 0 || touched.Owners.Count > 0)
            {
                var clients = touched.Clients.ToList();
                var owners = touched.Owners.ToList();
                cases.AddRange(await db.SupportCases.AsNoTracking()
                    .Where(c => c.Stage != CaseStage.Ended && (clients.Contains(c.ClientId) || (c.OwnerId != null && owners.Contains(c.OwnerId.Value))))
                    .Select(c => c.Id).ToListAsync(ct));
            }
            await new CaseRiskRollup(db, thresholds, clock).Refresh(cases, ct);
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the caller's save has stood; reporting it as failed would be wrong.
            foreach (var entry in db.ChangeTracker.Entries<CaseRiskState>().ToList())
            {
                entry.State = EntityState.Detached;
            }
            LogRefreshFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk states could not be rewritten after a save ({ExceptionType}); the recheck round repairs them.")]
    private static partial void LogRefreshFailed(ILogger logger, string exceptionType);
}
