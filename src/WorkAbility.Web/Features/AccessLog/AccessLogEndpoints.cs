using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.AccessLog;

public static class AccessLogEndpoints
{
    public static IEndpointRouteBuilder MapAccessLogAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/admin/access-log/verify", async (AccessLogVerification.Handler verify, CancellationToken ct) =>
            Results.Ok(await verify.Handle(ct)))
            .RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Administrator)))
            .WithTags("Administration")
            .Produces<Domain.Access.AccessLogVerification>();
        return endpoints;
    }
}

/// <summary>
/// Seals what has been written so far, then walks the legacy segment (if any) and the keyed chain
/// in sequence order, streaming, and names the first entry the chain no longer vouches for.
/// </summary>
public static class AccessLogVerification
{
    public sealed class Handler(AppDbContext db, AccessLogSealer sealer, AccessLogKeyring keys)
    {
        public async Task<Domain.Access.AccessLogVerification> Handle(CancellationToken ct)
        {
            await sealer.SealAsync(wait: true, ct, AccessLogSealer.WholeLog);
            var verifier = new AccessLogVerifier(keys.KeyFor);
            await foreach (var legacy in db.LegacyAccessLog.AsNoTracking().OrderBy(l => l.Sequence).AsAsyncEnumerable().WithCancellation(ct))
            {
                verifier.AddLegacy(legacy);
            }
            var links = from seal in db.AccessLogChain.AsNoTracking()
                        join entry in db.AccessLog.AsNoTracking() on seal.EntryId equals entry.Id into found
                        from entry in found.DefaultIfEmpty()
                        orderby seal.Sequence
                        select new { seal, entry };
            await foreach (var link in links.AsAsyncEnumerable().WithCancellation(ct))
            {
                verifier.Add(link.seal, link.entry);
            }
            long pending = await db.AccessLog.LongCountAsync(e => !db.AccessLogChain.Any(s => s.EntryId == e.Id), ct);
            return verifier.Result(pending);
        }
    }
}
