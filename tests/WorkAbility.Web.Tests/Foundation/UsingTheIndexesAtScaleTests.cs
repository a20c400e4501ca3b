using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>
/// The hot statements of a county-sized database can be answered from their indexes: each query, built by the
/// same code the app runs, is explained on PostgreSQL with sequential scans priced out, so the plan names the
/// index only if the index matches the statement (an expression index must match the expression exactly).
/// </summary>
public class UsingTheIndexesAtScaleTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClientSearch_TheDesk_AndTheWorklist_ReadTheirIndexes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 0);
        _ = app.Services;
        await using var db = app.NewDbContext();
        var someone = Guid.NewGuid();

        Assert.Contains("ix_clients_name_trigrams", await Plan(db, db.Clients.WhereNameContains("mallik", postgres: true)));
        Assert.Contains("ix_support_cases_desk_caseload", await Plan(db,
            db.SupportCases.Where(CoordinatorDeskRules.Coordinated(someone)).OrderBy(c => c.StageChangedAt).Take(50)));
        Assert.Contains("ix_support_cases_desk_waiting", await Plan(db,
            db.SupportCases.Where(CoordinatorDeskRules.Waiting(someone)).OrderBy(c => c.StageChangedAt).ThenBy(c => c.Id).Take(50)));
        Assert.Contains("ix_case_risk_states_worklist", await Plan(db,
            db.CaseRiskStates.Where(s => s.HolderId == someone).OrderBy(s => s.UrgentOn).ThenByDescending(s => s.RiskCount)
                .ThenBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.SupportCaseId).Take(50)));
        Assert.Contains("ix_case_risk_states_proposed_worklist", await Plan(db,
            db.CaseRiskStates.Where(s => s.ProposedSuccessorId == someone).OrderBy(s => s.UrgentOn).ThenByDescending(s => s.RiskCount)
                .ThenBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.SupportCaseId).Take(50)));
        // The desk's stranded cases: the partial index applies only if the statement carries the risk's bit as the index does.
        var stranded = await Plan(db, db.CaseRiskStates.Where(CaseRiskState.StrandedUnclaimed())
            .Where(s => s.OrganisationId == someone || s.HandedOverToOrganisationId == someone));
        Assert.Contains("ix_case_risk_states_stranded", stranded);
        Assert.Contains("ix_case_risk_states_stranded_handed_over", stranded);
        Assert.Contains("PK_case_tallies", await Plan(db, db.CaseTallies.Where(t => t.Kind == TallyKind.CoordinatorStages && t.ScopeId == someone)));
        // The provider's inbox: the open statuses are constants in the statement (a parameter would leave the partial index unproven).
        var inbox = db.Referrals.Where(r => r.ToOrganisationId == someone).Where(ReferralTransitions.Open).OrderBy(r => r.SentAt).ThenBy(r => r.Id).Take(50);
        Assert.Contains("IN ('Sent', 'Received', 'Accepted', 'Started')", inbox.ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("ix_referrals_open_inbox", await Plan(db, inbox));
        // The notification list, newest 100, read or not (each month's part of the index: the table is partitioned by month).
        var notifications = await Plan(db, db.Notifications.Where(n => n.RecipientId == someone).OrderByDescending(n => n.CreatedAt).Take(100));
        Assert.Contains("RecipientId_CreatedAt", notifications);
    }

    private static async Task<string> Plan<T>(AppDbContext db, IQueryable<T> query)
    {
        var sql = query.ToQueryString();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(Ct);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SET LOCAL enable_seqscan = off";
            await command.ExecuteNonQueryAsync(Ct);
            // ToQueryString declares the parameters as psql-style SETs ahead of the statement; EXPLAIN the statement with them inlined.
            command.CommandText = "EXPLAIN " + Inline(sql);
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(Ct))
            {
                while (await reader.ReadAsync(Ct))
                {
                    lines.Add(reader.GetString(0));
                }
            }
            var plan = string.Join("\n", lines);
            TestContext.Current.TestOutputHelper?.WriteLine(plan);
            return plan;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Replaces each "-- @name='value'" declaration's parameter in the statement by its literal.</summary>
    private static string Inline(string sql)
    {
        var lines = sql.Split('\n');
        var statement = string.Join("\n", lines.Where(l => !l.StartsWith("-- @", StringComparison.Ordinal)));
        // Longer names first, so @p does not replace the start of @pattern.
        foreach (var declaration in lines.Where(l => l.StartsWith("-- @", StringComparison.Ordinal)).OrderByDescending(l => l.IndexOf('=', StringComparison.Ordinal)))
        {
            var at = declaration.IndexOf('=', StringComparison.Ordinal);
            var name = declaration[3..at].Trim();
            var value = declaration[(at + 1)..].Trim();
            // 'text' (Nullable = true) → 'text'
            var literal = value.StartsWith('\'') ? value[..(value.IndexOf('\'', 1) + 1)] : value.Split(' ')[0];
            statement = statement.Replace(name, literal, StringComparison.Ordinal);
        }
        return statement;
    }
}
