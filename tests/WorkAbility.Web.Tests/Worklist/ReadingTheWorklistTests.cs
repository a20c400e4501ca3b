using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Worklist;

/// <summary>F20, F24: the worklist at a county's size: a constant number of queries, only the clients shown logged.</summary>
public class ReadingTheWorklistTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheWorklistOf1000Cases_IsReadInAConstantNumberOfQueries_AndLogsOnlyTheClientsShown(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        // Only these 1,000 cases: the living demo county would add Hanna's own.
        await using var app = new WorkAbilityApp(database, demoClients: 0);
        _ = app.Services;
        Guid managerId;
        await using (var db = app.NewDbContext())
        {
            var manager = await db.Professionals.SingleAsync(p => p.Username == DemoActors.SoteNurse, Ct);
            managerId = manager.Id;
            var now = WorkAbilityApp.StartTime;
            for (int i = 0; i < 1000; i++)
            {
                var code = WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1970, 1, 1).AddDays(i), 200 + i % 600).Value;
                var client = WorkAbility.Domain.Clients.Client.Register(code, "Asiakas", $"Työlista{i:D4}", "Esikylä", null, null, now, manager.OrganisationId);
                db.Clients.Add(client);
                var supportCase = SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.NeedAssessment, manager.OrganisationId, manager.Id, now);
                supportCase.NoteTeamFormed(manager.Id, now);
                supportCase.NotePlanSaved(1, manager.Id, now);   // follow-up runs with the services (SupportCase.FollowUpStarted)
                db.SupportCases.Add(supportCase);
                db.Teams.Add(WorkAbility.Domain.Teams.CaseTeam.Form(supportCase.Id, [manager.Id], [manager.Id], WorkAbility.Domain.Teams.ClientSituation.None,
                    null, null, null, manager.Id, now));
                db.FollowUpDues.Add(FollowUpDue.On(supportCase.Id, new DateOnly(2026, 11, 1).AddDays(i % 60)));
                if (i % 3 == 0)
                {
                    db.FollowUpContacts.Add(FollowUpContact.Record(supportCase.Id, new DateOnly(2026, 11, 10), FollowUpChannel.Phone, "Soitto", manager.Id, now, new DateOnly(2026, 11, 23)));
                }
            }
            await db.SaveChangesAsync(Ct);
        }
        var nurse = await app.SignedInAs(DemoActors.SoteNurse);
        await using var before = app.NewDbContext();
        long logBefore = await before.AccessLog.LongCountAsync(Ct);

        app.Sql.Reset();
        var worklist = await nurse.GetFromJsonAsync<JsonElement>("/api/worklist", Ct);
        var commands = app.Sql.Commands.ToList();

        Assert.Equal(1000, worklist.GetProperty("total").GetInt32());
        var rows = worklist.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(50, rows.Count);
        // Most overdue first: the earliest due date leads.
        Assert.Equal("2026-11-01", rows[0].GetProperty("nextDueOn").GetString());
        // Each row carries the path as steps: the one current step is the case's stage, the opening step dated.
        var steps = rows[0].GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(Enum.GetValues<PathStep>().Length, steps.Count);
        var current = Assert.Single(steps, st => st.GetProperty("state").GetString() == "Current");
        Assert.Equal(PathProgress.StepOf(Enum.Parse<CaseStage>(rows[0].GetProperty("stage").GetString()!)).ToString(), current.GetProperty("step").GetString());
        var caseQueries = commands.Count(c => c.Contains("support_cases", StringComparison.Ordinal) && c.Contains("follow_up_dues", StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: worklist of 1000 cases sent {commands.Count} SQL commands, {caseQueries} reading the cases' facts");
        Assert.Equal(1, caseQueries);
        // Session check, worklist facts, team professions, access facts (3), access-log append: a constant, whatever the caseload.
        // (SQLite sends each access-log row as its own INSERT; PostgreSQL batches them.)
        Assert.InRange(commands.Count(c => !c.Replace("\"", "", StringComparison.Ordinal).Contains("INSERT INTO access_log", StringComparison.Ordinal)), 1, 14);
        await using var after = app.NewDbContext();
        Assert.Equal(50, await after.AccessLog.LongCountAsync(Ct) - logBefore);
    }
}
