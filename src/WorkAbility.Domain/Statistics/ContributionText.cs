using System.Globalization;
using WorkAbility.Domain.Cases;

namespace WorkAbility.Domain.Statistics;

/// <summary>A case's contribution as one line per count, tab-separated and culture-invariant.</summary>
public static class ContributionText
{
    public static string Write(IEnumerable<SliceCount> counts) =>
        string.Join('\n', counts.Select(c => string.Join('\t', c.Figure, c.Slice.Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            c.Slice.Municipality, c.Slice.OrganisationId.ToString("N"), ((int)c.Slice.Path).ToString(CultureInfo.InvariantCulture), c.Category,
            c.Count.ToString(CultureInfo.InvariantCulture))));

    public static IReadOnlyList<SliceCount> Read(string text) =>
        text.Length == 0 ? [] : text.Split('\n').Select(line =>
        {
            var f = line.Split('\t');
            return new SliceCount(f[0], new Slice(DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), f[2], Guid.ParseExact(f[3], "N"),
                (ServicePath)int.Parse(f[4], CultureInfo.InvariantCulture)), f[5], int.Parse(f[6], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }).ToList();
}
