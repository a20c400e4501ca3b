using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>F6: the client's external measures (Kykyviisari), newest first; one access-log entry.</summary>
public static class ListExternalMeasures
{
    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<IReadOnlyList<HealthRecords.Measure>> Handle(Guid clientId, CancellationToken ct)
        {
            await access.ReadClient(clientId, "external-measure.history", ct);
            return HealthRecords.MayShow(access, clientId) ? await HealthRecords.Measures(db, clientId, ct) : [];
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/external-measures", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)));
}
