using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Domain.Teams;

/// <summary>The key actors of a work ability support team (seed 004: "Työkyvyn tuen tiimi").</summary>
public enum KeyActor
{
    Doctor,
    EmploymentExpert,
    SocialWorker,
    KelaWorker,
    Psychologist,
    OccupationalHealth,
}

/// <summary>
/// Which key actors the client's situation calls for, and which of them the team lacks (F10):
/// an unemployed client needs an employment expert; flagged health problems need a doctor; social
/// welfare needs a social worker; benefit needs a Kela worker; mental health problems a
/// psychologist or a doctor; on the occupational health path, occupational health takes part.
/// </summary>
public static class KeyActors
{
    public static KeyActor? Of(Profession profession) => profession switch
    {
        Profession.Doctor or Profession.OccupationalHealthPhysician => KeyActor.Doctor,
        Profession.EmploymentExpert or Profession.ServiceCounsellor or Profession.JobCoach => KeyActor.EmploymentExpert,
        Profession.SocialWorker => KeyActor.SocialWorker,
        Profession.KelaWorker => KeyActor.KelaWorker,
        Profession.Psychologist => KeyActor.Psychologist,
        _ => null,
    };

    public static IReadOnlyList<KeyActor> Needed(ServicePath path, ClientSituation situation)
    {
        var needed = new List<KeyActor>();
        if (path is ServicePath.Unemployed)
        {
            needed.Add(KeyActor.EmploymentExpert);
        }
        if (path is ServicePath.EmployedWithOccupationalHealth)
        {
            needed.Add(KeyActor.OccupationalHealth);
        }
        if (situation.HasFlag(ClientSituation.HealthProblems))
        {
            needed.Add(KeyActor.Doctor);
        }
        if (situation.HasFlag(ClientSituation.SocialWelfareNeeds))
        {
            needed.Add(KeyActor.SocialWorker);
        }
        if (situation.HasFlag(ClientSituation.KelaBenefitNeeds))
        {
            needed.Add(KeyActor.KelaWorker);
        }
        if (situation.HasFlag(ClientSituation.MentalHealthProblems))
        {
            needed.Add(KeyActor.Psychologist);
        }
        return needed;
    }

    /// <summary>The key actors the situation needs that no current member covers.</summary>
    public static IReadOnlyList<KeyActor> Missing(ServicePath path, ClientSituation situation, IEnumerable<(Profession Profession, OrganisationKind Organisation)> members)
    {
        var present = new HashSet<KeyActor>();
        foreach (var (profession, organisation) in members)
        {
            if (Of(profession) is { } actor)
            {
                present.Add(actor);
            }
            if (organisation is OrganisationKind.OccupationalHealth)
            {
                present.Add(KeyActor.OccupationalHealth);
            }
        }
        // A doctor can take care of mental health problems when no psychologist is available.
        if (present.Contains(KeyActor.Doctor) && situation.HasFlag(ClientSituation.MentalHealthProblems) && !present.Contains(KeyActor.Psychologist))
        {
            present.Add(KeyActor.Psychologist);
        }
        return Needed(path, situation).Where(a => !present.Contains(a)).ToList();
    }
}
