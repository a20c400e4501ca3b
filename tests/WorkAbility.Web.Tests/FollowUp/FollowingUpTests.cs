using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Features.FollowUp;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.FollowUp;

/// <summary>F20 through HTTP: the follow-up reminders reach each case manager once, however many app nodes run the job.</summary>
public class FollowingUpTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoAppNodes_OnOnePostgresDatabase_SendEachReminderExactlyOnce()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        await using var first = new WorkAbilityApp(database);
        await using var second = new WorkAbilityApp(database, seedDemoData: false);
        _ = first.Services;
        _ = second.Services;
        int dueCount = 0;
        var caseIds = new List<Guid>();
        await using (var db = first.NewDbContext())
        {
            var manager = await db.Professionals.SingleAsync(p => p.Username == DemoActors.SoteNurse, Ct);
            var now = WorkAbilityApp.StartTime;
            for (int i = 0; i < 300; i++)
            {
                var code = WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1975, 1, 1).AddDays(i), 300).Value;
                var client = WorkAbility.Domain.Clients.Client.Register(code, "Muistutus", $"Asiakas{i:D3}", "Esikylä", null, null, now, manager.OrganisationId);
                db.Clients.Add(client);
                var supportCase = SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.NeedAssessment, manager.OrganisationId, manager.Id, now);
                supportCase.NoteTeamFormed(manager.Id, now);
                db.SupportCases.Add(supportCase);
                caseIds.Add(supportCase.Id);
                db.Teams.Add(WorkAbility.Domain.Teams.CaseTeam.Form(supportCase.Id, [manager.Id], [manager.Id], WorkAbility.Domain.Teams.ClientSituation.None,
                    null, null, null, manager.Id, now));
                db.FollowUpDues.Add(FollowUpDue.On(supportCase.Id, new DateOnly(2026, 11, 20)));
                db.FollowUpDues.Add(FollowUpDue.On(supportCase.Id, new DateOnly(2026, 11, 23)));
                db.FollowUpDues.Add(FollowUpDue.On(supportCase.Id, new DateOnly(2026, 12, 20)));   // not yet due
                dueCount += 2;
            }
            await db.SaveChangesAsync(Ct);
        }

        // Both nodes run the job at the same moment, several rounds each.
        async Task<int> Node(WorkAbilityApp app)
        {
            int sent = 0;
            for (int round = 0; round < 4; round++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                sent += await scope.ServiceProvider.GetRequiredService<FollowUpReminders>().RunOnce(Ct);
            }
            return sent;
        }
        var results = await Task.WhenAll(Task.Run(() => Node(first), Ct), Task.Run(() => Node(second), Ct), Task.Run(() => Node(first), Ct), Task.Run(() => Node(second), Ct));
        TestContext.Current.TestOutputHelper?.WriteLine($"reminders claimed per worker: {string.Join(", ", results)}");

        await using var check = first.NewDbContext();
        Assert.Equal(dueCount, results.Sum());
        Assert.Equal(dueCount, await check.Notifications.CountAsync(n => n.Kind == NotificationKind.FollowUpDue, Ct));
        Assert.Equal(dueCount, await check.FollowUpDues.CountAsync(d => d.RemindedAt != null && caseIds.Contains(d.SupportCaseId), Ct));
        Assert.Equal(300, await check.FollowUpDues.CountAsync(d => d.RemindedAt == null && caseIds.Contains(d.SupportCaseId), Ct));
    }
}
