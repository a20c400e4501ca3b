using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Testing;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Tests.Infrastructure;
using Verification = WorkAbility.Domain.Access.AccessLogVerification;

namespace WorkAbility.Web.Tests.Access;

/// <summary>
/// The access log verifies on every provider with the real clock and its real precision; tampering
/// in the middle of a long chain is located exactly; a chain recomputed without the key is caught;
/// an earlier version's log stays verifiable as a legacy segment; key rotation is recorded.
/// </summary>
public class TrustingTheAccessLogTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AccessLogKeyring TestKeys(params (string Id, string Key)[] extra) =>
        new([(TestHosts.AccessLogKeyId, Convert.FromBase64String(TestHosts.AccessLogKey)), .. extra.Select(k => (k.Id, Convert.FromBase64String(k.Key)))],
            TestHosts.AccessLogKeyId);

    private static async Task<Verification> VerifyDirectly(TestDatabase database, AccessLogKeyring keys)
    {
        await using var db = Context(database);
        var handler = new Features.AccessLog.AccessLogVerification.Handler(db,
            new AccessLogSealer(db, keys, TimeProvider.System, NullLogger<AccessLogSealer>.Instance), keys);
        return await handler.Handle(Ct);
    }

    private static AppDbContext Context(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseWorkAbilityDatabase(database.Provider, database.ConnectionString);
        return new AppDbContext(options.Options);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WrittenWithTheRealClock_ReadBackAndVerified_TheChainIsValid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, systemClock: true);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var other = await app.SignedInAs(DemoActors.EmploymentExpert);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");
        // Concurrent reads, allowed and denied, interleave their writes with the sealer running.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? nurse : other).GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct)));
        await nurse.GetAsync(new Uri("/api/clients?query=Rekister", UriKind.Relative), Ct);

        var admin = await app.SignedInAs(DemoActors.Administrator);
        var result = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);

        Assert.True(result.GetProperty("valid").GetBoolean(), result.ToString());
        await using var db = app.NewDbContext();
        long written = await db.AccessLog.LongCountAsync(Ct);
        Assert.True(written >= 42, $"{written} entries");
        Assert.Equal(written, result.GetProperty("entries").GetInt64());
        Assert.Equal(0, result.GetProperty("pending").GetInt64());
        // The times really came from the clock (not round), and are kept at the precision hashed.
        var times = await db.AccessLog.Select(e => e.OccurredAt).ToListAsync(Ct);
        Assert.Contains(times, t => t.Millisecond != 0 || t.Second != 0);
        Assert.All(times, t => Assert.Equal(0, t.UtcTicks % TimeSpan.TicksPerMillisecond));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnEntryFromANodeWhoseClockWasFarBehind_IsStillSealed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using (var db = Context(database))
        {
            await db.Database.MigrateAsync(Ct);
            db.AccessLog.Add(AccessLogEntry.Record(TimeProvider.System.GetUtcNow(), "now", null, "Professional", Guid.NewGuid(), AccessAction.Read, "client", "IntakeOrganisation", true));
            await db.SaveChangesAsync(Ct);
        }
        var keys = TestKeys();
        Assert.Equal(1, (await VerifyDirectly(database, keys)).Entries);
        await using (var db = Context(database))
        {
            db.AccessLog.Add(AccessLogEntry.Record(TimeProvider.System.GetUtcNow().AddDays(-2), "behind", null, "Professional", Guid.NewGuid(), AccessAction.Read, "client", "IntakeOrganisation", true));
            await db.SaveChangesAsync(Ct);
        }

        var result = await VerifyDirectly(database, keys);

        Assert.True(result.Valid);
        Assert.Equal((2L, 0L), (result.Entries, result.Pending));
    }

    /// <summary>
    /// The frequent sealing pass reads only entries numbered after the chain's head (an index range, whatever the log's
    /// size); an entry whose transaction commits after a later-numbered one was sealed is left to the lookback pass, not lost.
    /// (PostgreSQL: SQLite has one writer at a time, so the numbers cannot commit out of order there.)
    /// </summary>
    [Fact]
    public async Task AnEntryCommittedAfterALaterOneWasSealed_IsSealedByTheLookbackPass()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        await using (var db = Context(database))
        {
            await db.Database.MigrateAsync(Ct);
        }
        var keys = TestKeys();
        AccessLogEntry Entry(string user) =>
            AccessLogEntry.Record(TimeProvider.System.GetUtcNow(), user, null, "Professional", Guid.NewGuid(), AccessAction.Read, "client", "IntakeOrganisation", true);
        async Task<int> Seal(bool newOnly)
        {
            await using var db = Context(database);
            return await new AccessLogSealer(db, keys, TimeProvider.System, NullLogger<AccessLogSealer>.Instance).SealAsync(wait: true, Ct, newOnly: newOnly);
        }

        await using var slow = Context(database);
        await slow.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await slow.Database.BeginTransactionAsync(Ct);
            slow.AccessLog.Add(Entry("slow"));
            await slow.SaveChangesAsync(Ct);
            await using (var fast = Context(database))
            {
                fast.AccessLog.Add(Entry("fast"));
                await fast.SaveChangesAsync(Ct);
            }
            Assert.Equal(1, await Seal(newOnly: true));
            await transaction.CommitAsync(Ct);
        });

        Assert.Equal(0, await Seal(newOnly: true));
        Assert.Equal(1, await Seal(newOnly: false));
        var result = await VerifyDirectly(database, keys);
        Assert.True(result.Valid);
        Assert.Equal((2L, 0L), (result.Entries, result.Pending));
    }

    /// <summary>(what an attacker with the triggers off does to a 10,000-entry chain, the problem the verifier names at 5,000)</summary>
    public static TheoryData<DatabaseProvider, string> Tamperings()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var t in new[] { "change", "delete-entry", "delete-link", "insert", "reorder", "recompute-sha256" })
            {
                data.Add(provider, t);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task OneRowTamperedInTheMiddleOf10000_IsNamedExactly(DatabaseProvider provider, string tampering)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using (var db = Context(database))
        {
            await db.Database.MigrateAsync(Ct);
            var clock = TimeProvider.System;
            for (int batch = 0; batch < 10; batch++)
            {
                db.AccessLog.AddRange(Enumerable.Range(0, 1000).Select(i => AccessLogEntry.Record(clock.GetUtcNow(), "user" + i, Guid.NewGuid(),
                    "Professional", Guid.NewGuid(), AccessAction.Read, "client", "IntakeOrganisation", i % 7 != 0)));
                await db.SaveChangesAsync(Ct);
                db.ChangeTracker.Clear();
            }
        }
        var keys = TestKeys();
        var intact = await VerifyDirectly(database, keys);
        Assert.True(intact.Valid);
        Assert.Equal(10_000, intact.Entries);

        const long K = 5000;
        string entryOf(long sequence) => $"(SELECT \"EntryId\" FROM access_log_chain WHERE \"Sequence\" = {sequence})";
        AccessLogProblem expected;
        switch (tampering)
        {
            case "change":
                await AsSuperuser(database, $"UPDATE access_log SET \"Allowed\" = NOT \"Allowed\" WHERE \"Id\" = {entryOf(K)}");
                expected = AccessLogProblem.MacMismatch;
                break;
            case "delete-entry":
                await AsSuperuser(database, $"DELETE FROM access_log WHERE \"Id\" = {entryOf(K)}");
                expected = AccessLogProblem.EntryMissing;
                break;
            case "delete-link":
                await AsSuperuser(database, $"DELETE FROM access_log_chain WHERE \"Sequence\" = {K}");
                expected = AccessLogProblem.SequenceGap;
                break;
            case "insert":
            {
                // A forged entry with a link computed the only way possible without the key.
                await AsSuperuser(database, "INSERT INTO access_log (\"OccurredAt\", \"UserId\", \"Role\", \"Action\", \"Resource\", \"Purpose\", \"Allowed\") " +
                    "SELECT \"OccurredAt\", 'intruder', \"Role\", \"Action\", \"Resource\", \"Purpose\", \"Allowed\" FROM access_log WHERE \"Id\" = 1");
                await AsSuperuser(database, $"UPDATE access_log_chain SET \"Sequence\" = \"Sequence\" + 100000 WHERE \"Sequence\" >= {K}; " +
                    $"UPDATE access_log_chain SET \"Sequence\" = \"Sequence\" - 99999 WHERE \"Sequence\" >= 100000; " +
                    $"INSERT INTO access_log_chain (\"Sequence\", \"EntryId\", \"KeyId\", \"PreviousMac\", \"Mac\", \"SealedAt\") " +
                    $"SELECT {K}, (SELECT MAX(\"Id\") FROM access_log), \"KeyId\", \"Mac\", '{new string('a', 64)}', \"SealedAt\" FROM access_log_chain WHERE \"Sequence\" = {K - 1}");
                expected = AccessLogProblem.MacMismatch;
                break;
            }
            case "reorder":
                await SwapLinks(database, K);
                expected = AccessLogProblem.MacMismatch;
                break;
            default:
                await RewriteWithPlainSha256(database, K);
                expected = AccessLogProblem.MacMismatch;
                break;
        }

        var broken = await VerifyDirectly(database, keys);

        Assert.False(broken.Valid, tampering);
        Assert.Equal((K, expected), (broken.FirstBadEntry!.Value, broken.Problem!.Value));
        Assert.Equal(AccessLogVerifier.ChainSegment, broken.BadSegment);
    }

    private static async Task SwapLinks(TestDatabase database, long k)
    {
        await using var db = Context(database);
        var a = await db.AccessLogChain.AsNoTracking().SingleAsync(s => s.Sequence == k, Ct);
        var b = await db.AccessLogChain.AsNoTracking().SingleAsync(s => s.Sequence == k + 1, Ct);
        await AsSuperuser(database, $"UPDATE access_log_chain SET \"EntryId\" = -2 WHERE \"Sequence\" = {k + 1}; " +
            $"UPDATE access_log_chain SET \"EntryId\" = {b.EntryId} WHERE \"Sequence\" = {k}; " +
            $"UPDATE access_log_chain SET \"EntryId\" = {a.EntryId} WHERE \"Sequence\" = {k + 1};");
    }

    /// <summary>
    /// A superuser changes entry <paramref name="k"/> and recomputes the chain from there with plain
    /// SHA-256 over the same canonical form: every link after it points to its predecessor, so only
    /// the missing key gives it away.
    /// </summary>
    private static async Task RewriteWithPlainSha256(TestDatabase database, long k)
    {
        await AsSuperuser(database, $"UPDATE access_log SET \"Purpose\" = 'rewritten' WHERE \"Id\" = (SELECT \"EntryId\" FROM access_log_chain WHERE \"Sequence\" = {k})");
        await using var db = Context(database);
        var links = await db.AccessLogChain.AsNoTracking().Where(s => s.Sequence >= k - 1).OrderBy(s => s.Sequence).ToListAsync(Ct);
        var entries = await db.AccessLog.AsNoTracking().Where(e => links.Select(l => l.EntryId).Contains(e.Id)).ToDictionaryAsync(e => e.Id, Ct);
        var previous = links[0].Mac;
        var sql = new StringBuilder();
        foreach (var link in links.Skip(1).Take(50))
        {
            var canonical = string.Join('\u001f', "v2", link.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), previous, link.KeyId, entries[link.EntryId].Canonical());
            var mac = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
            sql.Append($"UPDATE access_log_chain SET \"PreviousMac\" = '{previous}', \"Mac\" = '{mac}' WHERE \"Sequence\" = {link.Sequence}; ");
            previous = mac;
        }
        await AsSuperuser(database, sql.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnEarlierVersionsLog_StaysVerifiable_AsALegacySegment_ThatTheReSealEntryAnchors(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using (var db = Context(database))
        {
            // The schema as the previous release left it, and its log written with the real clock.
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(
                db.Database.GetMigrations().Last(m => m.EndsWith("_BackfillCaseManagerSince", StringComparison.Ordinal)), Ct);
            var previous = LegacyAccessLogEntry.GenesisHash;
            for (int i = 1; i <= 25; i++)
            {
                var e = LegacyAccessLogEntry.Chain(i, previous, TimeProvider.System.GetUtcNow(), "user" + i, Guid.NewGuid(), "Professional", Guid.NewGuid(),
                    AccessAction.Read, "client", "IntakeOrganisation", true);
                object time = provider is DatabaseProvider.Sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(e.OccurredAt)! : e.OccurredAt;
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO access_log (\"Sequence\", \"OccurredAt\", \"UserId\", \"OrganisationId\", \"Role\", \"ClientId\", \"Action\", \"Resource\", \"Purpose\", \"Allowed\", \"PreviousHash\", \"Hash\") " +
                    "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11})",
                    [e.Sequence, time, e.UserId, e.OrganisationId!, e.Role!, e.ClientId!, e.Action.ToString(), e.Resource, e.Purpose, e.Allowed, e.PreviousHash, e.Hash], Ct);
                previous = e.Hash;
                await Task.Delay(1, Ct);
            }
        }
        // Upgrade, then use the app.
        await using var app = new WorkAbilityApp(database, systemClock: true);
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        var id = await DemoActors.RegisterClient(nurse, "010203A9057");
        await nurse.GetAsync(new Uri($"/api/clients/{id}", UriKind.Relative), Ct);
        var admin = await app.SignedInAs(DemoActors.Administrator);

        var result = await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct);

        Assert.True(result.GetProperty("valid").GetBoolean(), result.ToString());
        var segments = result.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(["legacy", "chain"], segments.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(25, segments[0].GetProperty("entries").GetInt64());
        Assert.All(segments, s => Assert.True(s.GetProperty("valid").GetBoolean()));
        await using var check = app.NewDbContext();
        var first = await check.AccessLogChain.Where(s => s.Sequence == 1).Join(check.AccessLog, s => s.EntryId, e => e.Id, (s, e) => e).SingleAsync(Ct);
        Assert.Equal(AccessLogSealer.ResealResource, first.Resource);
        Assert.Contains("1-25", first.Purpose, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARotatedKey_IsRecordedAsAnEntry_AndBothStretchesVerify_ButNotWithoutTheOldKey(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using (var app = new WorkAbilityApp(database))
        {
            var nurse = await app.SignedInAs(DemoActors.SoteNurse);
            await DemoActors.RegisterClient(nurse, "010203A9057");
            var admin = await app.SignedInAs(DemoActors.Administrator);
            Assert.True((await admin.GetFromJsonAsync<JsonElement>("/api/admin/access-log/verify", Ct)).GetProperty("valid").GetBoolean());
        }
        var newKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using (var rotated = new WorkAbilityApp(database).WithWebHostBuilder(b => b
            .UseSetting("AccessLog:Keys:test-2", newKey).UseSetting("AccessLog:CurrentKeyId", "test-2")))
        {
            var nurse = await rotated.CreateClient().PostAsJsonAsync("/auth/demo/sign-in", new { username = DemoActors.SoteNurse }, Ct);
            Assert.Equal(HttpStatusCode.NoContent, nurse.StatusCode);
        }
        var both = await VerifyDirectly(database, new AccessLogKeyring(
            [(TestHosts.AccessLogKeyId, Convert.FromBase64String(TestHosts.AccessLogKey)), ("test-2", Convert.FromBase64String(newKey))], "test-2"));
        Assert.True(both.Valid);
        Assert.Equal(["test-1", "test-2"], both.Keys.Select(k => k.KeyId));
        await using (var db = Context(database))
        {
            var rotation = await db.AccessLogChain.Where(s => s.Sequence == both.Keys[1].FromSequence)
                .Join(db.AccessLog, s => s.EntryId, e => e.Id, (s, e) => e).SingleAsync(Ct);
            Assert.Equal((AccessLogSealer.KeyRotationResource, "key test-1 -> test-2"), (rotation.Resource, rotation.Purpose));
        }

        var withoutOld = await VerifyDirectly(database, new AccessLogKeyring([("test-2", Convert.FromBase64String(newKey))], "test-2"));
        Assert.Equal((1L, AccessLogProblem.UnknownKey), (withoutOld.FirstBadEntry!.Value, withoutOld.Problem!.Value));
    }

    /// <summary>Runs SQL as someone with direct database access and the append-only triggers switched off.</summary>
    internal static async Task AsSuperuser(TestDatabase database, string sql)
    {
        if (database.Provider is DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER IF EXISTS access_log_no_update; DROP TRIGGER IF EXISTS access_log_no_delete; " +
                "DROP TRIGGER IF EXISTS access_log_chain_no_update; DROP TRIGGER IF EXISTS access_log_chain_no_delete; " + sql;
            await command.ExecuteNonQueryAsync(Ct);
        }
        else
        {
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand("ALTER TABLE access_log DISABLE TRIGGER USER; ALTER TABLE access_log_chain DISABLE TRIGGER USER; " + sql, connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
    }
}
