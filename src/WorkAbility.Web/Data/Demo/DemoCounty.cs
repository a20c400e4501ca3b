using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Data.Demo;

/// <summary>The fictional region the demo runs in. Names are invented; any likeness is chance.</summary>
internal static class DemoCounty
{
    public const string Esikyla = "Esikylä";
    public const string Mallila = "Mallila";
    /// <summary>How many clients the living history brings ("Demo:HistoryClients"); the story clients come on top.</summary>
    public const int HistoryClients = 2000;

    /// <summary>
    /// A resident of Mallila the county does not know yet (F40): she signs in with strong identification and can only ask for
    /// support. Her identity code is a temporary one (individual number 997) that no demo client is given.
    /// </summary>
    public static readonly (string FirstName, string LastName, WorkAbility.Domain.Clients.PersonalIdentityCode IdentityCode) Resident =
        ("Riikka", "Rinne", WorkAbility.Domain.Clients.PersonalIdentityCode.Create(new DateOnly(1994, 2, 11), 997));

    public sealed record Org(string Key, string Name, OrganisationKind Kind, string Area);

    public sealed record Person(string Username, string FirstName, string LastName, string Organisation, Profession Profession, StaffRole Role);

    public static readonly Org[] Organisations =
    [
        new("sote-esikyla", "Esikylän sote-keskus", OrganisationKind.SoteCentre, Esikyla),
        new("sote-mallila", "Mallilan sote-keskus", OrganisationKind.SoteCentre, Mallila),
        new("tyollisyys", "Demo-alueen työllisyyspalvelut", OrganisationKind.EmploymentServices, Esikyla),
        new("kela", "Kela, Demo-alueen palvelu", OrganisationKind.Kela, Esikyla),
        new("kunta-esikyla", "Esikylän kunta, nuoriso- ja liikuntapalvelut", OrganisationKind.Municipality, Esikyla),
        new("kunta-mallila", "Mallilan kunta, hyvinvointipalvelut", OrganisationKind.Municipality, Mallila),
        new("jarjesto", "Voimaa arkeen ry", OrganisationKind.Ngo, Mallila),
        new("tyoterveys", "Työterveys Demo Oy", OrganisationKind.OccupationalHealth, Esikyla),
        new("oppilaitos", "Demo-alueen ammattiopisto", OrganisationKind.Education, Mallila),
        new("elake", "Työeläkeyhtiö Demo", OrganisationKind.PensionInsurer, Esikyla),
        new("osaamiskeskus", "Työkyvyn tuen osaamiskeskus", OrganisationKind.SpecialExpertiseTeam, Esikyla),
        new("tyoterveys-pohjoinen", "Pohjoisen Työterveys Oy", OrganisationKind.OccupationalHealth, Mallila),
    ];

    public static readonly Person[] Staff =
    [
        new("sari.koordinaattori", "Sari", "Koordinaattori", "sote-esikyla", Profession.Coordinator, StaffRole.Coordinator),
        new("jukka.koordinaattori", "Jukka", "Koordinaattori", "sote-mallila", Profession.ServiceCounsellor, StaffRole.Coordinator),
        new("hanna.hoitaja", "Hanna", "Hoitaja", "sote-esikyla", Profession.Nurse, StaffRole.Professional),
        new("lauri.laakari", "Lauri", "Lääkäri", "sote-esikyla", Profession.Doctor, StaffRole.Professional),
        new("sofia.sosiaalityo", "Sofia", "Sosiaalityöntekijä", "sote-esikyla", Profession.SocialWorker, StaffRole.Professional),
        new("fredrik.fysio", "Fredrik", "Fysioterapeutti", "sote-mallila", Profession.Physiotherapist, StaffRole.Professional),
        new("paula.psykologi", "Paula", "Psykologi", "sote-mallila", Profession.Psychologist, StaffRole.Professional),
        new("mikko.mallila", "Mikko", "Mallilainen", "sote-mallila", Profession.Nurse, StaffRole.Professional),
        new("teemu.tyollisyys", "Teemu", "Työllisyys", "tyollisyys", Profession.EmploymentExpert, StaffRole.Professional),
        new("veera.valmentaja", "Veera", "Valmentaja", "tyollisyys", Profession.JobCoach, StaffRole.Professional),
        new("kaisa.kela", "Kaisa", "Kelanen", "kela", Profession.KelaWorker, StaffRole.Professional),
        new("nelli.nuoriso", "Nelli", "Nuorisotyö", "kunta-esikyla", Profession.Other, StaffRole.Professional),
        new("anni.jarjesto", "Anni", "Arkivoima", "jarjesto", Profession.Other, StaffRole.Professional),
        new("tuomas.tyoterveys", "Tuomas", "Työterveys", "tyoterveys", Profession.OccupationalHealthPhysician, StaffRole.Professional),
        new("terhi.tyoterveys", "Terhi", "Työterveys", "tyoterveys", Profession.OccupationalHealthNurse, StaffRole.Professional),
        new("olli.opinto", "Olli", "Opinto-ohjaaja", "oppilaitos", Profession.Other, StaffRole.Professional),
        new("eeva.elake", "Eeva", "Eläke", "elake", Profession.Other, StaffRole.Professional),
        new("oskari.osaamiskeskus", "Oskari", "Osaaja", "osaamiskeskus", Profession.Doctor, StaffRole.Professional),
        new("johanna.johtaja", "Johanna", "Johtaja", "sote-esikyla", Profession.Other, StaffRole.Manager),
        new("paivi.paattaja", "Päivi", "Päättäjä", "sote-esikyla", Profession.Other, StaffRole.DecisionMaker),
        new("pekka.paakayttaja", "Pekka", "Pääkäyttäjä", "sote-esikyla", Profession.Other, StaffRole.Administrator),
        new("oona.tyoterveys", "Oona", "Työterveyshoitaja", "tyoterveys-pohjoinen", Profession.OccupationalHealthNurse, StaffRole.Professional),
    ];

    public static readonly string[] FirstNames =
    [
        "Aino", "Eino", "Helmi", "Väinö", "Kerttu", "Onni", "Siiri", "Toivo", "Lempi", "Urho",
        "Iida", "Aatos", "Elli", "Veikko", "Saga", "Emil", "Linnea", "Oiva", "Ilona", "Arvo",
    ];

    public static readonly string[] LastNames =
    [
        "Esimerkki", "Kokeilu", "Harjoitus", "Mallinen", "Testilä", "Demonen", "Kuvitelma", "Keksitty",
        "Aihio", "Luonnos", "Pilotti", "Vedos", "Kaava", "Koelma", "Näyte",
    ];
}
