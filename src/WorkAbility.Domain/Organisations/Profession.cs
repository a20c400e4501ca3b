namespace WorkAbility.Domain.Organisations;

/// <summary>A professional's occupation; it decides which key actor of a team they can be.</summary>
public enum Profession
{
    Doctor,
    Nurse,
    SocialWorker,
    EmploymentExpert,
    Physiotherapist,
    Psychologist,
    KelaWorker,
    Coordinator,
    ServiceCounsellor,
    JobCoach,
    OccupationalHealthPhysician,
    OccupationalHealthNurse,
    Other,
}
