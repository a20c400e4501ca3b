using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkAbility.Data;
using WorkAbility.Data.Idempotency;
using WorkAbility.Web.Infrastructure.Auth;
using WorkAbility.Web.Infrastructure.Errors;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Infrastructure.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on the API's POSTs by signed-in callers: the same key with the same
/// request gets the stored first answer (also after a restart, for 24 hours); the same key with
/// another request is 422; a key whose first request still runs is 409. Keys belong to the user
/// who sent them. Answers of 5xx are not kept, so a retry after a failure runs again.
/// </summary>
public static partial class IdempotentPosts
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>A first request that has not answered in this time is taken as lost (the node died).</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    private const int MaxStoredBody = 1024 * 1024;

    public static IApplicationBuilder UseIdempotentPosts(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.StartsWithSegments("/api") ||
            http.User.Identity?.IsAuthenticated != true || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(http);
            return;
        }
        await HandleAsync(http, next, values.ToString());
    });

    private static async Task HandleAsync(HttpContext http, RequestDelegate next, string key)
    {
        var services = http.RequestServices;
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (key.Length is 0 or > IdempotencyRecord.KeyMaxLength || key.Any(c => c is < '!' or > '~'))
        {
            await Problem(http, StatusCodes.Status400BadRequest, localizer, "idempotency_key_invalid");
            return;
        }
        var db = services.GetRequiredService<AppDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var userId = http.User.ToActor().UserId;
        var hash = await RequestHashAsync(http);
        var now = clock.GetUtcNow();

        var stored = await ClaimAsync(db, userId, key, hash, now, http.RequestAborted);
        if (stored is not null)
        {
            if (stored.RequestHash != hash)
            {
                await Problem(http, StatusCodes.Status422UnprocessableEntity, localizer, "idempotency_key_reused");
            }
            else if (stored.Status == IdempotencyRecord.InProgress)
            {
                await Problem(http, StatusCodes.Status409Conflict, localizer, "idempotency_in_progress");
            }
            else
            {
                await ReplayAsync(http, stored);
            }
            return;
        }

        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        bool completed = false;
        try
        {
            await next(http);
            completed = true;
        }
        finally
        {
            http.Response.Body = original;
            var records = db.IdempotencyRecords.Where(r => r.UserId == userId && r.Key == key);
            if (completed && http.Response.StatusCode < 500 && buffer.Length <= MaxStoredBody)
            {
                var body = buffer.ToArray();
                var status = http.Response.StatusCode;
                var contentType = http.Response.ContentType;
                var location = http.Response.Headers.Location.ToString() is { Length: > 0 and <= 400 } l ? l : null;
                await records.ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.ContentType, contentType)
                    .SetProperty(r => r.Location, location).SetProperty(r => r.Body, body), CancellationToken.None);
            }
            else
            {
                await records.ExecuteDeleteAsync(CancellationToken.None);
            }
            buffer.Position = 0;
            if (buffer.Length > 0)
            {
                await buffer.CopyToAsync(original, CancellationToken.None);
            }
        }
    }

    /// <summary>Inserts this request's in-progress record; returns the record already there instead, if any.</summary>
    private static async Task<IdempotencyRecord?> ClaimAsync(AppDbContext db, string userId, string key, string hash, DateTimeOffset now, CancellationToken ct)
    {
        var expired = now - KeptFor;
        var abandoned = now - AbandonedAfter;
        if (Random.Shared.Next(100) == 0)
        {
            await db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(ct);
        }
        for (int attempt = 0; attempt < 2; attempt++)
        {
            var record = new IdempotencyRecord { UserId = userId, Key = key, RequestHash = hash, CreatedAt = now, Status = IdempotencyRecord.InProgress };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
                return null;
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                // Someone (this user, earlier or right now) holds the key.
            }
            finally
            {
                db.Entry(record).State = EntityState.Detached;
            }
            var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);
            if (existing is null)
            {
                continue;
            }
            bool stale = existing.CreatedAt < expired || (existing.Status == IdempotencyRecord.InProgress && existing.CreatedAt < abandoned);
            if (!stale)
            {
                return existing;
            }
            await db.IdempotencyRecords.Where(r => r.UserId == userId && r.Key == key && r.CreatedAt == existing.CreatedAt).ExecuteDeleteAsync(ct);
        }
        return null;
    }

    private static async Task<string> RequestHashAsync(HttpContext http)
    {
        http.Request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{http.Request.Method}\n{http.Request.Path}{http.Request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }
        http.Request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord stored)
    {
        http.Response.StatusCode = stored.Status;
        http.Response.Headers[ReplayedHeader] = "true";
        if (stored.Location is not null)
        {
            http.Response.Headers.Location = stored.Location;
        }
        if (stored.ContentType is not null)
        {
            http.Response.ContentType = stored.ContentType;
        }
        if (stored.Body is { Length: > 0 } body)
        {
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    private static ValueTask Problem(HttpContext http, int status, IStringLocalizer<SharedResource> localizer, string code)
    {
        http.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = localizer[status == StatusCodes.Status400BadRequest ? "Error.ValidationTitle" : "Error.ConflictTitle"],
            Detail = localizer[$"Error.{code}"],
            Extensions = { ["code"] = code },
        };
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
