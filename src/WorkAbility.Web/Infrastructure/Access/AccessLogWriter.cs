using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;

namespace WorkAbility.Web.Infrastructure.Access;

/// <summary>One access about to be logged.</summary>
public sealed record AccessRecord(Guid? ClientId, AccessAction Action, string Resource, string Purpose, bool Allowed);

/// <summary>The access log could not be written; the data must not be returned (fail closed → 503).</summary>
public sealed class AccessLogUnavailableException(Exception inner) : Exception("The access log could not be written.", inner);

/// <summary>
/// Writes access-log entries in the request's own unit of work, without any lock: an allowed change
/// is saved together with the data it changes (one transaction, the handler's save); a read, a
/// search or a denial is saved at once, before anything is shown. <see cref="AccessLogSealer"/>
/// chains the entries moments later, so independent requests never wait for each other here.
/// </summary>
public sealed partial class AccessLogWriter(AppDbContext db, AccessLogStage stage, TimeProvider clock, ILogger<AccessLogWriter> logger)
{
    /// <param name="beforeShowing">
    /// Save at once even an allowed change's entry: a posted page shows the client's data before (or
    /// without) its handler's save, and nothing is shown that is not logged first.
    /// </param>
    public async Task AppendAsync(Actor actor, IReadOnlyCollection<AccessRecord> records, CancellationToken ct, bool beforeShowing = false)
    {
        if (records.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var role = actor.Kind is ActorKind.Client ? "Client" : actor.Role?.ToString() ?? actor.Kind.ToString();
        var entries = records.Select(r => AccessLogEntry.Record(now, actor.UserId, actor.OrganisationId, role, r.ClientId, r.Action, r.Resource, r.Purpose, r.Allowed)).ToList();
        db.AccessLog.AddRange(entries);
        stage.Track(db, entries);
        bool joinsAChange = records.All(r => r.Allowed && r.Action is AccessAction.Create or AccessAction.Update or AccessAction.Delete);
        // Changes already waiting in this unit of work are saved by their handler, and the entry with them.
        if (!beforeShowing && (joinsAChange || HasOtherChanges()))
        {
            return;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            foreach (var e in entries)
            {
                db.Entry(e).State = EntityState.Detached;
            }
            LogWriteFailed(logger, ex.GetType().Name);
            throw new AccessLogUnavailableException(ex);
        }
    }

    private bool HasOtherChanges() =>
        db.ChangeTracker.Entries().Any(e => e.Entity is not AccessLogEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "Access log write failed ({ExceptionType}); client data withheld.")]
    private static partial void LogWriteFailed(ILogger logger, string exceptionType);
}

/// <summary>
/// The entries of one request that wait to be saved with a change. If the request ends without
/// that save (a refused rule, an error), they are saved alone at the end of the request: the
/// attempt is logged even when nothing was changed.
/// </summary>
public sealed partial class AccessLogStage(ILogger<AccessLogStage> logger)
{
    private readonly List<AccessLogEntry> entries = [];
    private AppDbContext? db;

    internal void Track(AppDbContext context, IEnumerable<AccessLogEntry> staged)
    {
        db = context;
        entries.AddRange(staged);
    }

    public async Task FlushAsync()
    {
        if (db is null || entries.Count == 0)
        {
            return;
        }
        try
        {
            if (!entries.Any(e => db.Entry(e).State is EntityState.Added))
            {
                return;
            }
            foreach (var other in db.ChangeTracker.Entries().Where(e => e.Entity is not AccessLogEntry).ToList())
            {
                other.State = EntityState.Detached;
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or ObjectDisposedException)
        {
            LogFlushFailed(logger, ex.GetType().Name);
        }
        finally
        {
            entries.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Access-log entries of a request that changed nothing could not be saved ({ExceptionType}).")]
    private static partial void LogFlushFailed(ILogger logger, string exceptionType);
}

public static class AccessLogStageMiddleware
{
    /// <summary>Saves a request's unsaved access-log entries when it ends (see <see cref="AccessLogStage"/>).</summary>
    public static IApplicationBuilder UseAccessLogStage(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var stage = http.RequestServices.GetRequiredService<AccessLogStage>();
        try
        {
            await next(http);
        }
        finally
        {
            await stage.FlushAsync();
        }
    });
}
