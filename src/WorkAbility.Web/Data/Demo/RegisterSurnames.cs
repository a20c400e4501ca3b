namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// Surnames for a generated register of a county's or a nation's size: 3,600 invented names (a stem of nature
/// and place words and a common ending, as Finnish surnames are made) drawn with a long tail like a real register's
/// – the commonest about 0.46 % of people (Finland's commonest surname is about 0.4 %), the hundredth 0.13 %, the
/// thousandth 0.02 %. The demo county's fifteen surnames would make every name search of a national register match a
/// fifteenth of it, which no real register does.
/// </summary>
internal sealed class RegisterSurnames
{
    private static readonly string[] Stems =
    [
        "Mäki", "Koski", "Lahti", "Järvi", "Niemi", "Salo", "Kallio", "Virta", "Laakso", "Harju", "Rinne", "Aho",
        "Oja", "Vaara", "Kangas", "Suo", "Lampi", "Saari", "Hiekka", "Kivi", "Pelto", "Metsä", "Lehto", "Haka",
        "Nurmi", "Ranta", "Vuori", "Kumpu", "Linna", "Kuusi", "Koivu", "Tammi", "Pihlaja", "Haapa", "Leppä", "Paju",
        "Kaski", "Rauta", "Vesi", "Tuuli", "Lumi", "Routa", "Halla", "Sointu", "Kaarna", "Sammal", "Kanerva", "Kataja",
        "Karhu", "Susi", "Kettu", "Ilves", "Hirvi", "Joutsen", "Kurki", "Haukka", "Kotka", "Varis", "Tikka", "Sorsa",
    ];

    private static readonly string[] Endings =
    [
        "nen", "la", "mäki", "lahti", "järvi", "niemi", "salo", "aho", "oja", "vaara", "kangas", "koski",
        "virta", "ranta", "harju", "rinne", "lehto", "pelto", "saari", "suo", "kallio", "nurmi", "vuori", "lampi",
        "laakso", "maa", "kari", "puro", "mo", "lin", "ström", "berg", "lund", "qvist", "dahl", "gren",
        "nen-Kivi", "ala", "ela", "io", "ainen", "inen", "sto", "ri", "ari", "anen", "onen", "ola",
        "ikka", "inki", "unen", "ala-Aho", "sola", "vuo", "keto", "kumpu", "kylä", "talo", "hovi", "luoto",
    ];

    /// <summary>Rank r is drawn with weight 1 / (r + 50): a long tail without one dominating name.</summary>
    private const double Flattening = 50;

    private readonly string[] names;
    private readonly double[] cumulative;

    public RegisterSurnames(int seed)
    {
        var all = Stems.SelectMany(s => Endings.Select(e => Join(s, e))).Distinct(StringComparer.Ordinal).ToArray();
        // Which name is common is itself drawn, so the commonest ones are not all of one stem.
        new Random(seed).Shuffle(all);
        names = all;
        cumulative = new double[names.Length];
        double total = 0;
        for (int r = 0; r < names.Length; r++)
        {
            total += 1 / (r + 1 + Flattening);
            cumulative[r] = total;
        }
        for (int r = 0; r < names.Length; r++)
        {
            cumulative[r] /= total;
        }
    }

    public int Count => names.Length;

    /// <summary>The share of the register that bears the name of the given rank (1 = the commonest).</summary>
    public double Share(int rank) => cumulative[rank - 1] - (rank > 1 ? cumulative[rank - 2] : 0);

    public string Next(Random random)
    {
        int index = Array.BinarySearch(cumulative, random.NextDouble());
        return names[Math.Min(index < 0 ? ~index : index, names.Length - 1)];
    }

    private static string Join(string stem, string ending) =>
        ending.Contains('-', StringComparison.Ordinal) ? stem + ending : stem + ending.ToLowerInvariant();
}
