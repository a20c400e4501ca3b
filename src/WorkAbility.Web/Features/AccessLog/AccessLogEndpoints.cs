using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Features.AccessLog;

public static class AccessLogEndpoints
{
    public static IEndpointRouteBuilder MapAccessLogAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/admin/access-log/verify", async (AccessLogVerification.Handler verify, CancellationToken ct) =>
            Results.Ok(await verify.Handle(ct)))
            .RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Administrator)))
            .WithTags("Administration");
        return endpoints;
    }
}

/// <summary>Walks the whole chain in sequence order, streaming, and names the first bad entry.</summary>
public static class AccessLogVerification
{
    public sealed class Handler(AppDbContext db)
    {
        public async Task<Domain.Access.AccessLogVerification> Handle(CancellationToken ct)
        {
            var verifier = new AccessLogVerifier();
            await foreach (var entry in db.AccessLog.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
            {
                verifier.Add(entry);
            }
            return verifier.Result;
        }
    }
}
