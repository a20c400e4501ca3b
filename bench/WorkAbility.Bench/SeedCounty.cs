using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using WorkAbility.Data;
using WorkAbility.Web.Data.Demo;

namespace WorkAbility.Bench;

/// <summary>
/// A county (or a nation) of synthetic clients on PostgreSQL for the scale measurements (issue 18):
/// the demo county's organisations, staff and services, then <c>--clients</c> people with 18 months of
/// history each – concerns, assessments, coordinators, teams, consents, plans, referrals, follow-ups,
/// outcomes, surnames spread as in a real register (<see cref="RegisterSurnames"/>) – drawn by the demo history (every step through the domain's own rules, so the data obeys
/// them), in batches whose rows are written with binary COPY instead of INSERTs. Deterministic: the
/// same arguments give the same county. The caseloads belong to the demo professionals, so signing in
/// as one shows the scale.
/// <code>dotnet run -c Release --project bench/WorkAbility.Bench -- seed --connection "Host=…;Database=…" --clients 100000 [--batch 5000]</code>
/// </summary>
public static class SeedCounty
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var connection = Arg("--connection", "");
        if (connection.Length == 0)
        {
            Console.Error.WriteLine("seed needs --connection to a PostgreSQL database (empty, or one this command seeded before).");
            return 2;
        }
        int clients = int.Parse(Arg("--clients", "100000"), CultureInfo.InvariantCulture);
        int batch = Math.Clamp(int.Parse(Arg("--batch", "5000"), CultureInfo.InvariantCulture), 100, 50_000);

        // The app migrates the schema and loads the demo county's people (no history: that is what this command adds).
        await using (var app = new BenchApp(connection, "Postgres", new Dictionary<string, string>
        {
            ["Demo:HistoryClients"] = "0", ["Demo:AccessHistory"] = "false", ["Statistics:Enabled"] = "false", ["Reminders:Enabled"] = "false",
        }))
        {
            _ = app.Services;
        }

        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseWorkAbilityDatabase(DatabaseProvider.Postgres, connection);
        var options = builder.Options;
        var watch = Stopwatch.StartNew();
        var (people, now) = await People(options);
        int batches = (clients + batch - 1) / batch;
        // A register's names are spread over thousands of surnames, not the demo county's fifteen.
        var surnames = new RegisterSurnames(seed: 18);
        for (int b = 0; b < batches; b++)
        {
            int size = Math.Min(batch, clients - b * batch);
            await using var db = new AppDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            new DemoHistory(db, people, now, seed: 100_000 + b, surnames).Generate(size);
            await db.PrepareForBulkWriteAsync(CancellationToken.None);
            int rows = await BulkCopy.WriteAddedAsync(db, connection);
            Console.WriteLine($"batch {b + 1}/{batches}: {size:N0} clients, {rows:N0} rows, {watch.Elapsed.TotalSeconds:F0} s");
        }
        await using (var conn = new NpgsqlConnection(connection))
        {
            await conn.OpenAsync();
            await using (var analyze = new NpgsqlCommand("ANALYZE", conn) { CommandTimeout = 0 })
            {
                await analyze.ExecuteNonQueryAsync();
            }
            foreach (var table in new[] { "clients", "support_cases", "case_events", "concerns", "consents", "case_teams", "team_memberships",
                         "support_plans", "plan_versions", "referrals", "follow_up_dues", "follow_up_contacts", "notifications", "existing_services" })
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
                Console.WriteLine($"{table,-20} {(long)(await count.ExecuteScalarAsync())!,12:N0}");
            }
        }
        Console.WriteLine($"seeded {clients:N0} clients in {watch.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>The demo county's organisations, staff and services as the demo history needs them, and codes not yet given.</summary>
    private static async Task<(DemoHistory.People People, DateTimeOffset Now)> People(DbContextOptions<AppDbContext> options)
    {
        await using var db = new AppDbContext(options);
        var byName = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Name);
        var organisations = DemoCounty.Organisations.ToDictionary(o => o.Key, o => byName[o.Name]);
        var staff = await db.Professionals.AsNoTracking().ToDictionaryAsync(p => p.Username);
        var services = await db.Services.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        var codes = new DemoIdentityCodes(seed: 18);
        codes.Reserve((await db.Clients.AsNoTracking().Select(c => c.PersonalIdentityCode).ToListAsync()).Select(c => c.Value));
        // The county's "now" is when the demo county was loaded (Matti was registered two days before it), so every
        // batch – and a later run adding more – tells the same 18 months.
        var now = (await db.Clients.AsNoTracking().Where(c => c.FirstName == DemoCountySeeder.MattiFirstName && c.LastName == DemoCountySeeder.MattiLastName)
            .Select(c => c.CreatedAt).SingleAsync()).AddDays(2);
        return (new DemoHistory.People(organisations, staff, services, codes), now);
    }
}

/// <summary>
/// Writes the rows a unit of work added with PostgreSQL's binary COPY, table by table in the order
/// their foreign keys need, every column converted as EF Core would (enums by name, value objects,
/// JSON documents): the same rows a save would write, at a fraction of the cost.
/// </summary>
internal static class BulkCopy
{
    public static async Task<int> WriteAddedAsync(AppDbContext db, string connection)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var transaction = await conn.BeginTransactionAsync();
        int rows = 0;
        foreach (var type in InForeignKeyOrder(added.Keys))
        {
            var table = type.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var properties = type.GetProperties().ToList();
            var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(store)}\""));
            await using (var importer = await conn.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var entry in added[type])
                {
                    await importer.StartRowAsync();
                    foreach (var property in properties)
                    {
                        var value = entry.Property(property).CurrentValue;
                        if (value is not null && property.GetTypeMapping().Converter is { } converter)
                        {
                            value = converter.ConvertToProvider(value);
                        }
                        if (value is null)
                        {
                            await importer.WriteNullAsync();
                        }
                        else
                        {
                            await importer.WriteAsync(value, StoreTypeName(property.GetColumnType()));
                        }
                    }
                    rows++;
                }
                await importer.CompleteAsync();
            }
        }
        await transaction.CommitAsync();
        return rows;
    }

    /// <summary>"character varying(40)" → "character varying": the type's name without its modifier.</summary>
    private static string StoreTypeName(string columnType)
    {
        int paren = columnType.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? columnType : columnType[..paren] + columnType[(columnType.IndexOf(')', StringComparison.Ordinal) + 1)..];
    }

    private static IEnumerable<IEntityType> InForeignKeyOrder(IReadOnlyCollection<IEntityType> types)
    {
        var done = new HashSet<IEntityType>();
        var order = new List<IEntityType>();
        void Visit(IEntityType type)
        {
            if (!done.Add(type))
            {
                return;
            }
            foreach (var principal in type.GetForeignKeys().Select(fk => fk.PrincipalEntityType).Where(p => p != type && types.Contains(p)))
            {
                Visit(principal);
            }
            order.Add(type);
        }
        foreach (var type in types)
        {
            Visit(type);
        }
        return order;
    }
}
