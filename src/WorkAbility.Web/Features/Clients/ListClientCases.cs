namespace WorkAbility.Web.Features.Clients;

/// <summary>F5: the client's cases (active first) in brief, as the API lists them; the same read as the client page.</summary>
public static class ListClientCases
{
    public sealed record CaseSummary(Guid Id, WorkAbility.Domain.Cases.ServicePath Path, WorkAbility.Domain.Cases.CaseStage Stage, DateTimeOffset OpenedAt,
        string OpenedAtOrganisation, string? Coordinator, WorkAbility.Domain.Cases.CaseOutcome? Outcome, int TimelineEntries, int Concerns);

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/cases", async (Guid clientId, ClientOverview.Handler overview, CancellationToken ct) =>
            Results.Ok((await overview.Handle(clientId, ct)).Cases.Select(c => new CaseSummary(c.Id, c.Path, c.Stage, c.OpenedAt,
                c.OpenedAt_Organisation, c.Coordinator, c.Outcome, c.Timeline.Count, c.Concerns.Count))));
}
