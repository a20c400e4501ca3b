using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Worklist;

/// <summary>
/// The worklist's order, filter and counts come from kept risk states: a save rewrites them at once, a state
/// older than the recheck interval is evaluated again before it is relied on, an ended case leaves.
/// </summary>
public class KeepingRiskStatesCurrentTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ASave_TheClock_AndTheEndOfACase_ReachTheWorklist(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, demoClients: 0);
        _ = app.Services;
        var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(WorkAbilityApp.StartTime);
        var cases = new Dictionary<string, Guid>();
        await using (var db = app.NewDbContext())
        {
            var manager = await db.Professionals.SingleAsync(p => p.Username == DemoActors.SoteNurse, Ct);
            var now = WorkAbilityApp.StartTime;
            foreach (var (name, due) in new (string, DateOnly?)[] { ("Aalto", today.AddDays(-30)), ("Berg", today.AddDays(3)), ("Carlsson", null) })
            {
                var code = WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1980, 1, 1).AddDays(cases.Count), 300 + cases.Count).Value;
                var client = WorkAbility.Domain.Clients.Client.Register(code, "Testi", name, "Esikylä", null, null, now, manager.OrganisationId);
                db.Clients.Add(client);
                var supportCase = SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.NeedAssessment, manager.OrganisationId, manager.Id, now);
                supportCase.NoteTeamFormed(manager.Id, now);
                // Follow-up runs with the services: the plan is agreed, so its due dates are followed up (SupportCase.FollowUpStarted).
                supportCase.NotePlanSaved(1, manager.Id, now);
                db.SupportCases.Add(supportCase);
                db.Teams.Add(WorkAbility.Domain.Teams.CaseTeam.Form(supportCase.Id, [manager.Id], [manager.Id], WorkAbility.Domain.Teams.ClientSituation.None,
                    null, null, null, manager.Id, now));
                if (due is { } on)
                {
                    db.FollowUpDues.Add(FollowUpDue.On(supportCase.Id, on));
                }
                cases[name] = supportCase.Id;
            }
            await db.SaveChangesAsync(Ct);
        }
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        async Task<(string Order, int Overdue, int Total)> Worklist()
        {
            var view = await nurse.GetFromJsonAsync<JsonElement>("/api/worklist", Ct);
            return (string.Join(" ", view.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("clientName").GetString()!.Split(',')[0])),
                view.GetProperty("riskCounts").GetProperty(nameof(RiskCode.FollowUpOverdue)).GetInt32(), view.GetProperty("total").GetInt32());
        }

        // Kept at the save: the most overdue first, then the nearer due date, then the case without one.
        Assert.Equal(("Aalto Berg Carlsson", 1, 3), Dump(await Worklist()));

        // A save through the app's unit of work rewrites the state at once: Carlsson's follow-up, long overdue, now leads.
        await using (var db = app.NewDbContext())
        {
            db.FollowUpDues.Add(FollowUpDue.On(cases["Carlsson"], today.AddDays(-40)));
            await db.SaveChangesAsync(Ct);
        }
        Assert.Equal(("Carlsson Aalto Berg", 2, 3), Dump(await Worklist()));

        // Eleven days on nothing was saved, but the states are older than the recheck interval: Berg's follow-up is overdue too.
        app.Clock.Advance(TimeSpan.FromDays(11));
        nurse = await app.SignedInAs(DemoActors.SoteNurse);
        Assert.Equal(("Carlsson Aalto Berg", 3, 3), Dump(await Worklist()));
        await using (var db = app.NewDbContext())
        {
            // The view rechecked its own states (the demo county's other cases are left to the round).
            var mine = cases.Values.ToList();
            Assert.All(await db.CaseRiskStates.Where(s => mine.Contains(s.SupportCaseId)).ToListAsync(Ct), s => Assert.Equal(app.Clock.GetUtcNow(), s.EvaluatedAt));
        }

        // An ended case leaves the worklist and its state goes with it.
        await using (var db = app.NewDbContext())
        {
            var ended = await db.SupportCases.SingleAsync(c => c.Id == cases["Aalto"], Ct);
            ended.End(CaseOutcome.Employed, null, null, app.Clock.GetUtcNow());
            await db.SaveChangesAsync(Ct);
            Assert.False(await db.CaseRiskStates.AnyAsync(s => s.SupportCaseId == cases["Aalto"], Ct));
        }
        Assert.Equal(("Carlsson Berg", 2, 2), Dump(await Worklist()));

        // Filtering by a risk is done on the kept bits, and counts the same.
        var filtered = await nurse.GetFromJsonAsync<JsonElement>($"/api/worklist?risk={RiskCode.FollowUpOverdue}", Ct);
        Assert.Equal(2, filtered.GetProperty("total").GetInt32());
        var none = await nurse.GetFromJsonAsync<JsonElement>($"/api/worklist?risk={RiskCode.TypNotConsidered}", Ct);
        Assert.Equal((0, 0), (none.GetProperty("total").GetInt32(), none.GetProperty("rows").GetArrayLength()));
    }

    private static (string, int, int) Dump((string Order, int Overdue, int Total) view)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"{view.Order} overdue={view.Overdue} total={view.Total}");
        return view;
    }
}
