using WorkAbility.Domain.Services;

namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// The demo region's service catalogue: the services seeds 001 and 004 name ("Työkyvyn tuen
/// palvelut"), each with its target group, how to get in, provider and contact. Contacts are
/// fictional (.invalid addresses, 0xx 000 numbers).
/// </summary>
internal static class DemoServices
{
    public sealed record Row(string Name, string NameSv, ServiceCategory Category, string Description, string TargetGroup, ServiceEntry Entry,
        string ProviderKey, string Contact, string Area);

    public static readonly Row[] All =
    [
        new("Sosiaaliohjaus", "Social handledning", ServiceCategory.SocialAndHealth,
            "Neuvontaa ja ohjausta arjen, talouden ja asumisen kysymyksissä sekä palveluihin hakeutumisessa.",
            "Työikäiset, joilla on arjen tai toimeentulon haasteita", ServiceEntry.ReferralOrSelfReferral, "sote-esikyla", "sosiaaliohjaus@esikyla.invalid, 020 000 1100", "Koko alue"),
        new("Sosiaalityö", "Socialt arbete", ServiceCategory.SocialAndHealth,
            "Sosiaalityöntekijän palvelutarpeen arviointi, asiakassuunnitelma ja tuki elämänhallintaan.",
            "Työikäiset, joilla on monialaisen tuen tarve", ServiceEntry.Referral, "sote-esikyla", "sosiaalityo@esikyla.invalid, 020 000 1101", "Koko alue"),
        new("Vammaispalvelut", "Handikappservice", ServiceCategory.SocialAndHealth,
            "Vammaispalvelulain mukaiset palvelut ja tukitoimet, kuten työtoiminta ja apuvälineet.",
            "Vammaiset henkilöt", ServiceEntry.Referral, "sote-esikyla", "vammaispalvelut@esikyla.invalid, 020 000 1102", "Koko alue"),
        new("Työttömien terveystarkastus", "Hälsoundersökning för arbetslösa", ServiceCategory.SocialAndHealth,
            "Terveydenhoitajan terveystarkastus, jossa arvioidaan terveydentila, työkyky ja jatkotutkimusten tarve.",
            "Työttömät työnhakijat", ServiceEntry.ReferralOrSelfReferral, "sote-esikyla", "terveystarkastus@esikyla.invalid, 020 000 1103", "Koko alue"),
        new("Lääkärin vastaanotto", "Läkarmottagning", ServiceCategory.SocialAndHealth,
            "Terveydentilan ja työkyvyn lääketieteellinen arvio, hoito ja tarvittaessa lausunnot.",
            "Kaikki alueen asukkaat", ServiceEntry.ReferralOrSelfReferral, "sote-esikyla", "ajanvaraus@esikyla.invalid, 020 000 1000", "Koko alue"),
        new("Tutkimukset ja erikoissairaanhoidon konsultaatiot", "Undersökningar och konsultationer", ServiceCategory.SocialAndHealth,
            "Laboratorio- ja kuvantamistutkimukset sekä erikoislääkärin konsultaatio työkyvyn selvittämiseksi.",
            "Asiakkaat, joiden työkyvyn arvio vaatii lisätutkimuksia", ServiceEntry.Referral, "sote-mallila", "tutkimukset@mallila.invalid, 020 000 2100", "Koko alue"),
        new("Lääkinnällinen kuntoutus", "Medicinsk rehabilitering", ServiceCategory.SocialAndHealth,
            "Fysio- ja toimintaterapia, apuvälineet ja kuntoutusjaksot toimintakyvyn parantamiseksi.",
            "Asiakkaat, joiden toimintakyky on heikentynyt sairauden tai vamman vuoksi", ServiceEntry.Referral, "sote-mallila", "kuntoutus@mallila.invalid, 020 000 2101", "Koko alue"),
        new("Mielenterveys- ja päihdepalvelut", "Mentalvårds- och missbrukartjänster", ServiceCategory.SocialAndHealth,
            "Psykiatrisen sairaanhoitajan ja psykologin vastaanotot, lyhytterapiat ja päihdetyö.",
            "Työikäiset, joilla on mielenterveyden tai päihteiden käytön haasteita", ServiceEntry.ReferralOrSelfReferral, "sote-mallila", "mielenterveys@mallila.invalid, 020 000 2102", "Koko alue"),
        new("Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", ServiceCategory.SocialAndHealth,
            "Kuntouttavan työtoiminnan lain mukainen toiminta elämänhallinnan ja työelämävalmiuksien vahvistamiseksi.",
            "Pitkään työttömänä olleet, aktivointisuunnitelman perusteella", ServiceEntry.Referral, "kunta-esikyla", "ktt@esikyla.invalid, 020 000 3100", "Esikylä"),
        new("Sosiaalinen kuntoutus", "Social rehabilitering", ServiceCategory.SocialAndHealth,
            "Ryhmä- ja yksilötoimintaa sosiaalisen toimintakyvyn ja osallisuuden vahvistamiseksi.",
            "Työikäiset, joilla on sosiaalisen toimintakyvyn haasteita", ServiceEntry.Referral, "sote-esikyla", "sosiaalinenkuntoutus@esikyla.invalid, 020 000 1104", "Koko alue"),
        new("Arkeen voimaa -ryhmä", "Må bra i vardagen -grupp", ServiceCategory.ThirdSector,
            "Pitkäaikaissairaille ja heidän läheisilleen tarkoitettu vertaisohjattu omahoitoryhmä (6 tapaamista).",
            "Pitkäaikaissairaat ja läheiset", ServiceEntry.SelfReferral, "jarjesto", "ryhmat@voimaaarkeen.invalid, 040 000 4100", "Mallila"),
        new("IPS-työhönvalmennus", "IPS-arbetsträning", ServiceCategory.SocialAndHealth,
            "Sijoita ja valmenna -mallin mukainen yksilöllinen työhönvalmennus avoimille työmarkkinoille mielenterveyskuntoutujille.",
            "Mielenterveyskuntoutujat, jotka haluavat töihin", ServiceEntry.Referral, "sote-mallila", "ips@mallila.invalid, 020 000 2103", "Koko alue"),
        new("Työllisyyspalvelujen työhönvalmennus", "Arbetsträning vid sysselsättningstjänsterna", ServiceCategory.EmploymentServices,
            "Laatukriteerien mukainen työhönvalmennus: työnhaku, työkokeilu, palkkatuki ja työpaikan perehdytys.",
            "Työnhakijat, jotka tarvitsevat tukea työllistymiseen", ServiceEntry.Referral, "tyollisyys", "valmennus@tyollisyys.invalid, 029 000 5100", "Koko alue"),
        new("Työkokeilu", "Arbetsprövning", ServiceCategory.EmploymentServices,
            "Työkokeilu työpaikalla ammatinvalinnan tai työhön paluun selvittämiseksi.",
            "Työnhakijat", ServiceEntry.Referral, "tyollisyys", "tyokokeilu@tyollisyys.invalid, 029 000 5101", "Koko alue"),
        new("Kelan ammatillinen kuntoutus", "FPA:s yrkesinriktade rehabilitering", ServiceCategory.Kela,
            "Työkyvyn arviointi, kuntoutuskurssit, työkokeilu ja koulutus työkyvyttömyyden uhatessa.",
            "Työikäiset, joiden työkyky on sairauden vuoksi uhattuna", ServiceEntry.ReferralOrSelfReferral, "kela", "kela.invalid/kuntoutus, 020 000 6100", "Koko maa"),
        new("Kelan kuntoutuspsykoterapia", "FPA:s rehabiliterande psykoterapi", ServiceCategory.Kela,
            "Työ- tai opiskelukyvyn tukemiseksi myönnettävä psykoterapia.",
            "16–67-vuotiaat, joiden työkykyä mielenterveyden häiriö uhkaa", ServiceEntry.Referral, "kela", "kela.invalid/psykoterapia, 020 000 6101", "Koko maa"),
        new("TYP – työllistymistä edistävä monialainen yhteispalvelu", "SSYS – sektorsövergripande samservice", ServiceCategory.Typ,
            "Työllisyyspalvelujen, sosiaali- ja terveyspalvelujen ja Kelan yhteinen palvelu pitkään työttömänä olleille (laki 1369/2014).",
            "Pitkään työttömänä olleet, joilla on monialaisen palvelun tarve", ServiceEntry.Referral, "tyollisyys", "typ@tyollisyys.invalid, 029 000 5102", "Koko alue"),
        new("Nuorten ohjaamo ja etsivä nuorisotyö", "Navigatorn och uppsökande ungdomsarbete", ServiceCategory.Municipal,
            "Alle 30-vuotiaiden matalan kynnyksen ohjaus ja tuki opiskeluun, työhön ja arkeen.",
            "Alle 30-vuotiaat", ServiceEntry.SelfReferral, "kunta-esikyla", "ohjaamo@esikyla.invalid, 040 000 3101", "Esikylä"),
        new("Liikuntaneuvonta", "Motionsrådgivning", ServiceCategory.Municipal,
            "Yksilöllinen liikuntaneuvonta ja matalan kynnyksen liikuntaryhmät.",
            "Vähän liikkuvat työikäiset", ServiceEntry.SelfReferral, "kunta-mallila", "liikunta@mallila.invalid, 040 000 3200", "Mallila"),
        new("Ammatillinen koulutus ja valmentava koulutus (TUVA)", "Yrkesutbildning och handledande utbildning", ServiceCategory.Education,
            "Tutkintoon johtava koulutus, osaamisen päivittäminen ja tutkintoon valmentava koulutus.",
            "Aikuiset ja nuoret, jotka tarvitsevat uuden ammatin tai lisää osaamista", ServiceEntry.SelfReferral, "oppilaitos", "hakutoimisto@ammattiopisto.invalid, 040 000 7100", "Mallila"),
        new("Työeläkekuntoutus", "Arbetspensionsrehabilitering", ServiceCategory.PensionInsurer,
            "Työeläkeyhtiön ammatillinen kuntoutus, kun työkyvyttömyys uhkaa ja työhistoriaa on riittävästi.",
            "Työelämässä olevat tai siitä äskettäin pudonneet", ServiceEntry.ReferralOrSelfReferral, "elake", "kuntoutus@elake.invalid, 010 000 8100", "Koko maa"),
        new("Työkyvyn tuen osaamiskeskus", "Kompetenscentret för stöd för arbetsförmågan", ServiceCategory.SocialAndHealth,
            "Työkyvyn tuen erityisosaamistiimin konsultaatio ja arviointi, kun paikallinen tiimi tarvitsee apua.",
            "Ammattilaiset ja monimutkaiset asiakastilanteet", ServiceEntry.Referral, "osaamiskeskus", "osaamiskeskus@esikyla.invalid, 020 000 9100", "Koko alue"),
        new("Omaolo-oirearvio ja Kykyviisari", "Omaolo-symtombedömning och Funktionsvisaren", ServiceCategory.Digital,
            "Sähköinen oirearvio ja toimintakyvyn itsearvio, joiden tulos välittyy sote-keskukseen.",
            "Kaikki alueen asukkaat", ServiceEntry.SelfReferral, "sote-esikyla", "omaolo.invalid", "Koko alue"),
        new("Mielenterveystalo ja Terveyskylän Työkykytalo", "Mentalhälsohuset och Hälsobyns arbetsförmågehus", ServiceCategory.Digital,
            "Verkossa oleva tieto, omahoito-ohjelmat ja nettiterapiat.",
            "Kaikki", ServiceEntry.SelfReferral, "sote-mallila", "terveyskyla.invalid", "Koko maa"),
    ];

    /// <summary>
    /// What the county pays for its own services in the demo (roughly as Finnish counties' unit costs): Kela's, the pension
    /// insurers' and the digital services are not paid by the county and have no price.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (decimal Cost, CostUnit Unit)> UnitCosts = new Dictionary<string, (decimal, CostUnit)>
    {
        ["Sosiaaliohjaus"] = (95m, CostUnit.Visit),
        ["Sosiaalityö"] = (120m, CostUnit.Visit),
        ["Vammaispalvelut"] = (140m, CostUnit.Visit),
        ["Työttömien terveystarkastus"] = (160m, CostUnit.Visit),
        ["Lääkärin vastaanotto"] = (135m, CostUnit.Visit),
        ["Tutkimukset ja erikoissairaanhoidon konsultaatiot"] = (420m, CostUnit.Visit),
        ["Lääkinnällinen kuntoutus"] = (650m, CostUnit.Month),
        ["Mielenterveys- ja päihdepalvelut"] = (480m, CostUnit.Month),
        ["Kuntouttava työtoiminta"] = (38.50m, CostUnit.Day),
        ["Sosiaalinen kuntoutus"] = (520m, CostUnit.Month),
        ["IPS-työhönvalmennus"] = (590m, CostUnit.Month),
        ["Työllisyyspalvelujen työhönvalmennus"] = (540m, CostUnit.Month),
        ["Työkokeilu"] = (9m, CostUnit.Day),
        ["TYP – työllistymistä edistävä monialainen yhteispalvelu"] = (310m, CostUnit.Month),
        ["Nuorten ohjaamo ja etsivä nuorisotyö"] = (75m, CostUnit.Visit),
        ["Liikuntaneuvonta"] = (60m, CostUnit.Visit),
        ["Työkyvyn tuen osaamiskeskus"] = (280m, CostUnit.Visit),
    };
}
