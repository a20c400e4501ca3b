using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Feedback;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Plans;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Services;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Web.Data.Demo;

internal partial class DemoHistory
{
    private List<Professional> TeamFor(ServicePath path, string municipality)
    {
        var s = people.Staff;
        var health = municipality == DemoCounty.Esikyla ? new[] { s["hanna.hoitaja"], s["lauri.laakari"], s["sofia.sosiaalityo"] } : [s["mikko.mallila"], s["paula.psykologi"], s["fredrik.fysio"]];
        var team = new List<Professional> { health[random.Next(health.Length)] };
        if (path is ServicePath.Unemployed)
        {
            team.Add(random.Next(3) == 0 ? s["veera.valmentaja"] : s["teemu.tyollisyys"]);
        }
        if (random.Next(3) == 0)
        {
            team.Add(s["kaisa.kela"]);
        }
        if (random.Next(2) == 0)
        {
            team.Add(health[random.Next(health.Length)]);
        }
        if (path is ServicePath.EmployedWithOccupationalHealth)
        {
            team.Add(s["terhi.tyoterveys"]);
        }
        return team.Distinct().ToList();
    }

    private List<CatalogueService> ServicesFor(ServicePath path)
    {
        var pool = people.Services.Where(s => s.Category is not ServiceCategory.Digital && (path is ServicePath.Unemployed || s.Category is not ServiceCategory.EmploymentServices and not ServiceCategory.Typ)).ToList();
        return pool.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList();
    }

    private IEnumerable<TargetGroup> TargetGroupsFor(ServicePath path)
    {
        if (path is ServicePath.Unemployed)
        {
            yield return TargetGroup.Unemployed;
        }
        if (random.NextDouble() < 0.35) { yield return TargetGroup.LongTermIll; }
        if (random.NextDouble() < 0.15) { yield return TargetGroup.Recovering; }
        if (random.NextDouble() < 0.08) { yield return TargetGroup.Disabled; }
        if (random.NextDouble() < 0.1) { yield return TargetGroup.AfterLifeCrisis; }
    }

    private IncomeSource IncomeFor(ServicePath path) => path is ServicePath.Unemployed
        ? Pick((IncomeSource.UnemploymentBenefit, 60), (IncomeSource.SocialAssistance, 20), (IncomeSource.SicknessAllowance, 10), (IncomeSource.RehabilitationAllowance, 5), (IncomeSource.NoIncome, 5))
        : Pick((IncomeSource.Wages, 60), (IncomeSource.SicknessAllowance, 30), (IncomeSource.RehabilitationAllowance, 10));

    /// <summary>A working-hours moment on <paramref name="day"/>, Finnish time.</summary>
    private DateTimeOffset At(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(8 + random.Next(8), random.Next(60)));
        var instant = FinnishCalendar.FromLocalTime(local);
        return instant < now ? instant : now.AddMinutes(-random.Next(30, 600));
    }

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        int roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }
        return choices[^1].Value;
    }
}
