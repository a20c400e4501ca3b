using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Bench;

/// <summary>
/// The data layer against raw Npgsql on the same PostgreSQL database (issue 18, G1 and G3): a client read by id –
/// as LINQ translated per call and as the compiled query the app's access check uses, both on a pooled context without
/// tracking – against the same row read with a
/// command and a reader into a record; and a worklist page (50 kept risk states of the largest caseload, in worklist
/// order) the same ways. Each group's baseline is its raw read; the ratios (time and allocations) are the result.
/// Needs a seeded database: <c>WORKABILITY_BENCH_POSTGRES="Host=…;Database=…" dotnet run -c Release --project
/// bench/WorkAbility.Bench -- --filter '*DataLayer*'</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DataLayerBenchmarks
{
    public const string ConnectionVariable = "WORKABILITY_BENCH_POSTGRES";

    private static readonly Func<AppDbContext, Guid, Task<Client?>> CompiledClient =
        EF.CompileAsyncQuery((AppDbContext db, Guid id) => db.Clients.AsNoTracking().SingleOrDefault(c => c.Id == id));

    private NpgsqlDataSource source = null!;
    private PooledDbContextFactory<AppDbContext> contexts = null!;
    private Guid clientId;
    private Guid holderId;

    [GlobalSetup]
    public void Setup()
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException($"Set {ConnectionVariable} to a seeded PostgreSQL database (see bench/README.md).");
        // The same pool settings as the app's (no reset on close, statements kept prepared), so the raw side is not handicapped.
        source = NpgsqlDataSource.Create(DatabaseSetup.Pooled(connection));
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseWorkAbilityDatabase(DatabaseProvider.Postgres, connection);
        contexts = new PooledDbContextFactory<AppDbContext>(builder.Options);
        using var command = source.CreateCommand("""
            SELECT (SELECT "Id" FROM clients ORDER BY "Id" OFFSET 1000 LIMIT 1),
                   (SELECT "HolderId" FROM case_risk_states WHERE "HolderId" IS NOT NULL GROUP BY "HolderId" ORDER BY count(*) DESC LIMIT 1)
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        (clientId, holderId) = (reader.GetGuid(0), reader.GetGuid(1));
    }

    [GlobalCleanup]
    public void Cleanup() => source.Dispose();

    [Benchmark(Baseline = true, Description = "client: raw Npgsql"), BenchmarkCategory("client")]
    public async Task<ClientRow?> RawClient()
    {
        await using var command = source.CreateCommand("""
            SELECT "Id", "PersonalIdentityCode", "FirstName", "LastName", "Municipality", "Phone", "Email", "CreatedAt",
                   "RegisteredAtOrganisationId", "Version", "PreferredLanguage", "NonDisclosure"
            FROM clients WHERE "Id" = $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clientId });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new ClientRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetGuid(8), reader.GetGuid(9), reader.GetString(10), reader.GetBoolean(11))
            : null;
    }

    [Benchmark(Description = "client: EF LINQ translated per call, pooled context"), BenchmarkCategory("client")]
    public async Task<Client?> EfClient()
    {
        await using var db = contexts.CreateDbContext();
        return await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId);
    }

    [Benchmark(Description = "client: EF compiled query, pooled context (as the app)"), BenchmarkCategory("client")]
    public async Task<Client?> EfCompiledClientRead()
    {
        await using var db = contexts.CreateDbContext();
        return await CompiledClient(db, clientId);
    }

    [Benchmark(Baseline = true, Description = "worklist page: raw Npgsql"), BenchmarkCategory("worklist")]
    public async Task<List<StateRow>> RawWorklistPage()
    {
        await using var command = source.CreateCommand("""
            SELECT "SupportCaseId", "ClientId", "OrganisationId", "HolderId", "ProposedSuccessorId", "Risks", "RiskCount", "UrgentOn",
                   "LastName", "FirstName", "EvaluatedAt", "CoordinatorId", "HandedOverToOrganisationId", "Stage", "StageChangedAt", "Version"
            FROM case_risk_states WHERE "HolderId" = $1
            ORDER BY "UrgentOn", "RiskCount" DESC, "LastName", "FirstName", "SupportCaseId" LIMIT 50
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = holderId });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<StateRow>(50);
        while (await reader.ReadAsync())
        {
            rows.Add(new StateRow(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.IsDBNull(3) ? null : reader.GetGuid(3),
                reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetFieldValue<DateOnly>(7),
                reader.GetString(8), reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetGuid(11),
                reader.IsDBNull(12) ? null : reader.GetGuid(12), reader.GetString(13), reader.GetFieldValue<DateTimeOffset>(14), reader.GetGuid(15)));
        }
        return rows;
    }

    [Benchmark(Description = "worklist page: EF LINQ, pooled context"), BenchmarkCategory("worklist")]
    public async Task<List<CaseRiskState>> EfWorklistPage()
    {
        await using var db = contexts.CreateDbContext();
        return await db.CaseRiskStates.AsNoTracking().Where(s => s.HolderId == holderId)
            .OrderBy(s => s.UrgentOn).ThenByDescending(s => s.RiskCount).ThenBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.SupportCaseId)
            .Take(50).ToListAsync();
    }

    public sealed record ClientRow(Guid Id, string PersonalIdentityCode, string FirstName, string LastName, string Municipality, string? Phone,
        string? Email, DateTimeOffset CreatedAt, Guid? RegisteredAtOrganisationId, Guid Version, string PreferredLanguage, bool NonDisclosure);

    public sealed record StateRow(Guid SupportCaseId, Guid ClientId, Guid OrganisationId, Guid? HolderId, Guid? ProposedSuccessorId, int Risks,
        int RiskCount, DateOnly UrgentOn, string LastName, string FirstName, DateTimeOffset EvaluatedAt, Guid? CoordinatorId,
        Guid? HandedOverToOrganisationId, string Stage, DateTimeOffset StageChangedAt, Guid Version);
}
