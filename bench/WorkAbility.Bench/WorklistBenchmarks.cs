using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Features.Risks;
using WorkAbility.Web.Features.Screening;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Risks;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Bench;

/// <summary>
/// What the risk radar costs a worklist (F20, F24): reading the radar's facts for a case manager's
/// whole caseload and judging every rule, against the baseline of a bare list of the same cases
/// (id, client, stage) — the least any worklist must read. Ratios, not absolute times, are the
/// result: the radar should stay a small constant multiple of the bare list as the caseload grows.
/// </summary>
[MemoryDiagnoser]
public class WorklistBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private string file = "";
    private AppDbContext db = null!;
    private CaseRiskFacts facts = null!;
    private Guid managerId;

    [Params(100, 1000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        file = Path.Combine(Path.GetTempPath(), $"workability-bench-{Guid.NewGuid():N}.db");
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseWorkAbilityDatabase(DatabaseProvider.Sqlite, $"Data Source={file}");
        var options = builder.Options;
        db = new AppDbContext(options);
        db.Database.Migrate();
        var organisation = Organisation.Create("Bench sote-keskus", OrganisationKind.SoteCentre, "Esikylä", Now);
        var manager = Professional.Create(organisation.Id, "Hanna", "Hoitaja", "bench.hoitaja", Profession.Nurse, StaffRole.Professional, Now);
        var coach = Professional.Create(organisation.Id, "Veera", "Valmentaja", "bench.valmentaja", Profession.JobCoach, StaffRole.Professional, Now);
        db.AddRange(organisation, manager, coach);
        managerId = manager.Id;
        for (int i = 0; i < Cases; i++)
        {
            var client = Client.Register(PersonalIdentityCode.Create(new DateOnly(1970, 1, 1).AddDays(i), 200 + i % 600).Value, "Asiakas", $"Bench{i:D4}",
                "Esikylä", null, null, Now, organisation.Id);
            var supportCase = SupportCase.Open(client.Id, ServicePath.Unemployed, CaseStage.NeedAssessment, organisation.Id, manager.Id, Now);
            supportCase.NoteTeamFormed(manager.Id, Now);
            db.AddRange(client, supportCase,
                CaseTeam.Form(supportCase.Id, [manager.Id, coach.Id], [manager.Id], ClientSituation.HealthProblems, null, null, null, manager.Id, Now),
                FollowUpDue.On(supportCase.Id, new DateOnly(2026, 11, 1).AddDays(i % 60)),
                FollowUpDue.On(supportCase.Id, new DateOnly(2026, 12, 1).AddDays(i % 60)));
            if (i % 3 == 0)
            {
                db.Add(FollowUpContact.Record(supportCase.Id, new DateOnly(2026, 11, 10), FollowUpChannel.Phone, "Soitto", manager.Id, Now, new DateOnly(2026, 11, 24)));
            }
        }
        db.SaveChanges();
        db.ChangeTracker.Clear();
        facts = new CaseRiskFacts(db, new RiskThresholds());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    private IQueryable<SupportCase> Mine() =>
        db.SupportCases.Where(c => c.Stage != CaseStage.Ended && db.Teams.Any(t => t.SupportCaseId == c.Id && t.CaseManagerId == managerId));

    [Benchmark(Baseline = true, Description = "bare case list")]
    public async Task<int> BareCaseList() =>
        (await Mine().AsNoTracking().Select(c => new { c.Id, c.ClientId, c.Stage }).ToListAsync()).Count;

    [Benchmark(Description = "risk facts + radar")]
    public async Task<int> RiskFactsAndRadar() =>
        (await facts.Evaluate(Mine(), Now, CancellationToken.None)).Sum(e => e.Risks.Count);
}
