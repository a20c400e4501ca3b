using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.Risks;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Features.Screening;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Worklist;

/// <summary>
/// The desk's and the worklist's counts are kept with the risk states (<see cref="CaseTally"/>): whatever the
/// app writes, and whoever writes at the same time, the kept counts equal the states counted afresh.
/// </summary>
public class KeepingCountsWithTheStatesTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The kept tallies, and the tallies counted from the states as they are now.</summary>
    private static async Task<(string Kept, string Counted)> Tallies(AppDbContext db)
    {
        static string Text(IEnumerable<(TallyKey Key, int Count)> tallies) =>
            string.Join("\n", tallies.Where(t => t.Count != 0).Select(t => $"{t.Key.Kind} {t.Key.ScopeId} {t.Key.Key} = {t.Count}").Order(StringComparer.Ordinal));
        var kept = (await db.CaseTallies.AsNoTracking().ToListAsync(Ct)).Select(t => (new TallyKey(t.Kind, t.ScopeId, t.Key), t.Count));
        var counting = new TallyChanges();
        foreach (var state in await db.CaseRiskStates.AsNoTracking().ToListAsync(Ct))
        {
            counting.Move([], state.Tallies());
        }
        return (Text(kept), Text(counting.Net()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheDemoCountysHistory_ThePeoplesWork_AndAnUpgrade_LeaveTheKeptCountsEqualToAFreshCount(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 40);
        _ = app.Services;
        await using (var db = app.NewDbContext())
        {
            var (kept, counted) = await Tallies(db);
            Assert.NotEmpty(counted);
            Assert.Equal(counted, kept);
        }

        // A coordinator takes on the oldest case waiting at their organisation: it leaves the waiting count and joins their caseload.
        await using (var db = app.NewDbContext())
        {
            var waiting = await db.SupportCases.Where(c => c.Stage == CaseStage.CoordinatorAssessment && c.CoordinatorId == null)
                .OrderBy(c => c.StageChangedAt).FirstAsync(Ct);
            var me = await db.Professionals.FirstAsync(p => p.OrganisationId == waiting.OpenedAtOrganisationId && p.Role == StaffRole.Coordinator && p.Active, Ct);
            async Task<int> Count(AppDbContext context, TallyKind kind, Guid scope) =>
                await context.CaseTallies.Where(t => t.Kind == kind && t.ScopeId == scope).SumAsync(t => t.Count, Ct);
            int waitingBefore = await Count(db, TallyKind.WaitingAtOrganisation, me.OrganisationId);
            int caseloadBefore = await Count(db, TallyKind.CoordinatorStages, me.Id);
            var coordinator = await app.SignedInAs(me.Username);
            var taken = await coordinator.PostAsync($"/api/clients/{waiting.ClientId}/cases/coordinator", null, Ct);
            Assert.True(taken.IsSuccessStatusCode, await taken.Content.ReadAsStringAsync(Ct));
            await using var after = app.NewDbContext();
            Assert.Equal((waitingBefore - 1, caseloadBefore + 1),
                (await Count(after, TallyKind.WaitingAtOrganisation, me.OrganisationId), await Count(after, TallyKind.CoordinatorStages, me.Id)));
            var (kept, counted) = await Tallies(after);
            Assert.Equal(counted, kept);
        }

        // The first start after the upgrade that brought the tallies counts them from the states (the migrate command does the same).
        await using (var db = app.NewDbContext())
        {
            await db.CaseTallies.ExecuteDeleteAsync(Ct);
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (countedTallies, filled) = await scope.ServiceProvider.GetRequiredService<KeptStatesCompletion>().Complete(Ct);
            Assert.True(countedTallies > 0);
            Assert.Equal(0, filled);
        }
        await using (var db = app.NewDbContext())
        {
            var (kept, counted) = await Tallies(db);
            Assert.Equal(counted, kept);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WritersOfTheSameStatesAtOnce_CountEachCaseOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 20);
        _ = app.Services;
        List<Guid> cases;
        await using (var db = app.NewDbContext())
        {
            cases = await db.CaseRiskStates.OrderBy(s => s.SupportCaseId).Select(s => s.SupportCaseId).Take(30).ToListAsync(Ct);
            // The cases get a new coordinator behind the app's back (as a bulk import would): every writer below finds their
            // states on the old coordinator and moves them to the new one; only one writer's move of each may count.
            var theirs = await db.SupportCases.Where(c => cases.Contains(c.Id) && c.CoordinatorId != null).Select(c => c.CoordinatorId!.Value).ToListAsync(Ct);
            var coordinator = await db.Professionals.Where(p => !theirs.Contains(p.Id)).OrderBy(p => p.Role == StaffRole.Coordinator ? 0 : 1).Select(p => p.Id).FirstAsync(Ct);
            await db.SupportCases.Where(c => cases.Contains(c.Id)).ExecuteUpdateAsync(u => u.SetProperty(c => c.CoordinatorId, coordinator), Ct);
        }
        // The first writer moves them inside a transaction it keeps open; the second reads the states as they were, evaluates,
        // and waits for the first one's rows; once the first commits, the second finds the states changed and reads them again.
        await using var first = app.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<AppDbContext>();
        await firstDb.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await firstDb.Database.BeginTransactionAsync(Ct);
            Assert.Equal(cases.Count, await first.ServiceProvider.GetRequiredService<CaseRiskRollup>().Refresh(cases, Ct));
            var second = Task.Run(async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CaseRiskRollup>().Refresh(cases, Ct);
            }, Ct);
            await Task.Delay(TimeSpan.FromSeconds(1), Ct);
            await transaction.CommitAsync(Ct);
            await second;
        });
        await using (var db = app.NewDbContext())
        {
            var (kept, counted) = await Tallies(db);
            Assert.Equal(counted, kept);
        }
    }
}
