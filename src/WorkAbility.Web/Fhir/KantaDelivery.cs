using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Plans;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Infrastructure.Integrations;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// The outbox's delivery side (one round): claims the due plan documents – on PostgreSQL with
/// <c>FOR UPDATE SKIP LOCKED</c> and a lease, so several app nodes never send the same row at once;
/// on SQLite under a process lock – then posts each to <c>{Kanta:Endpoint}/Bundle</c> and records
/// the outcome. A delivered document is logged as an export of the client's plan.
/// </summary>
public sealed partial class KantaDelivery(AppDbContext db, ClientRecords records, AccessLogWriter log, IHttpClientFactory http,
    KantaSettings settings, TimeProvider clock, ILogger<KantaDelivery> logger)
{
    public const int BatchSize = 10;
    public const string HttpClientName = "kanta";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    /// <summary>Sends what is due now; returns how many documents were delivered.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        if (!settings.Enabled)
        {
            return 0;
        }
        int delivered = 0;
        while (true)
        {
            var claimed = await Claim(ct);
            foreach (var id in claimed)
            {
                delivered += await Deliver(id, ct) ? 1 : 0;
            }
            if (claimed.Count < BatchSize)
            {
                return delivered;
            }
        }
    }

    private Task<IReadOnlyList<Guid>> Claim(CancellationToken ct) =>
        ClaimRound.InTransaction(db, SqliteLock, async () =>
        {
            var now = clock.GetUtcNow();
            var due = db.Database.IsSqlite()
                ? await db.PlanDocumentDeliveries.Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
                    .OrderBy(d => d.NextAttemptAt).Take(BatchSize).ToListAsync(ct)
                : await db.PlanDocumentDeliveries.FromSqlInterpolated($"""
                    SELECT * FROM plan_document_deliveries
                    WHERE "Status" = 'Pending' AND "NextAttemptAt" <= {now}
                    ORDER BY "NextAttemptAt"
                    LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """).ToListAsync(ct);
            foreach (var delivery in due)
            {
                delivery.Claim(now, Lease);
            }
            await db.SaveChangesAsync(ct);
            return (IReadOnlyList<Guid>)due.Select(d => d.Id).ToList();
        }, ct);

    private async Task<bool> Deliver(Guid deliveryId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var delivery = await db.PlanDocumentDeliveries.SingleAsync(d => d.Id == deliveryId, ct);
        var version = await db.PlanVersions.AsNoTracking().SingleAsync(v => v.Id == delivery.PlanVersionId, ct);
        var clientId = await (from p in db.Plans where p.Id == version.PlanId join c in db.SupportCases on p.SupportCaseId equals c.Id select c.ClientId)
            .SingleAsync(ct);
        if (delivery.Document is null)
        {
            var record = await records.ForSystem(clientId, ct) ?? throw new InvalidOperationException("The plan's client is gone.");
            if (!record.Professionals.ContainsKey(version.SavedById))
            {
                var saver = await db.Professionals.AsNoTracking().SingleAsync(p => p.Id == version.SavedById, ct);
                record = record with { Professionals = record.Professionals.Append(new(saver.Id, saver)).ToDictionary() };
            }
            delivery.KeepDocument(FhirJson.Serialize(PlanDocuments.Build(record, version, clock.GetUtcNow())));
        }
        string? failure;
        try
        {
            using var content = new StringContent(delivery.Document!);
            content.Headers.ContentType = new MediaTypeHeaderValue(FhirJson.ContentType) { CharSet = "utf-8" };
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)));
            using var response = await http.CreateClient(HttpClientName).PostAsync(settings.BundleAddress(), content, timeout.Token);
            failure = response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            failure = e is TaskCanceledException ? "timeout" : $"{e.GetType().Name}: {e.Message}";
        }
        var now = clock.GetUtcNow();
        if (failure is null)
        {
            delivery.Succeeded(now);
            var saverOf = await db.Professionals.AsNoTracking().SingleAsync(p => p.Id == version.SavedById, ct);
            await log.AppendAsync(Actor.Staff(saverOf.Id, saverOf.OrganisationId, saverOf.Role),
                [new AccessRecord(clientId, AccessAction.Export, "kanta.plan-document", nameof(AccessBasis.NationalArchive), true)], ct);
            LogDelivered(logger, delivery.Id, delivery.Attempts);
        }
        else
        {
            delivery.Failed(now, failure, settings.RetryPolicy());
            LogFailed(logger, delivery.Id, delivery.Attempts, delivery.Status.ToString());
        }
        await db.SaveChangesAsync(ct);
        return failure is null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan document delivery {DeliveryId} delivered to Kanta on attempt {Attempts}.")]
    private static partial void LogDelivered(ILogger logger, Guid deliveryId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan document delivery {DeliveryId} failed on attempt {Attempts}; now {Status}.")]
    private static partial void LogFailed(ILogger logger, Guid deliveryId, int attempts, string status);
}

/// <summary>Runs <see cref="KantaDelivery"/> on every node at <c>Kanta:PollSeconds</c> while an endpoint is configured.</summary>
public sealed partial class KantaDeliveryRounds(IServiceScopeFactory scopes, KantaSettings settings, TimeProvider clock, ILogger<KantaDeliveryRounds> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.PollSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<KantaDelivery>().RunOnce(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The claimed rows come back when their lease ends; nothing is lost.
                LogRoundFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kanta delivery round failed ({ExceptionType}); retried on the next tick.")]
    private static partial void LogRoundFailed(ILogger logger, string exceptionType);
}
