using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>F6: all fillings of the client's self-assessment, newest first; one access-log entry.</summary>
public static class ListSelfAssessments
{
    public sealed class Handler(AppDbContext db, ClientAccess access, QuestionnaireLibrary library)
    {
        public async Task<IReadOnlyList<HealthRecords.Filling>> Handle(Guid clientId, CancellationToken ct)
        {
            await access.ReadClient(clientId, "self-assessment.history", ct);
            return HealthRecords.MayShow(access, clientId) ? await HealthRecords.Fillings(db, library.SelfAssessment.Url, clientId, ct) : [];
        }
    }

    /// <summary>My own fillings, newest first (F27).</summary>
    public static void MapMine(RouteGroupBuilder me) =>
        me.MapGet("/self-assessments", async (Handler handler, ClientAccess access, CancellationToken ct) => Results.Ok(await handler.Handle(access.OwnClientId(), ct)))
            .WithSummary("My self-assessments over time, newest first");

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/self-assessments", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)));
}
