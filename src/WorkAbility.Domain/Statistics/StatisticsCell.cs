using WorkAbility.Domain.Cases;

namespace WorkAbility.Domain.Statistics;

/// <summary>One kept count of the rollup: a figure's category in one slice.</summary>
public sealed class StatisticsCell
{
    private StatisticsCell() { }

    public StatisticsCell(SliceCount count)
    {
        Figure = count.Figure;
        Month = count.Slice.Month;
        Municipality = count.Slice.Municipality;
        OrganisationId = count.Slice.OrganisationId;
        Path = count.Slice.Path;
        Category = count.Category;
        Count = count.Count;
    }

    public string Figure { get; private set; } = "";
    public DateOnly Month { get; private set; }
    public string Municipality { get; private set; } = "";
    public Guid OrganisationId { get; private set; }
    public ServicePath Path { get; private set; }
    public string Category { get; private set; } = "";
    public int Count { get; private set; }

    public void Add(int difference) => Count += difference;

    public SliceCount AsCount() => new(Figure, new Slice(Month, Municipality, OrganisationId, Path), Category, Count);
}

/// <summary>What one case last added to the rollup, so a change can take it off again.</summary>
public sealed class CaseStatisticsRecord
{
    private CaseStatisticsRecord() { }

    public CaseStatisticsRecord(Guid supportCaseId) => SupportCaseId = supportCaseId;

    public Guid SupportCaseId { get; private set; }

    /// <summary>The contribution in a compact invariant text form (see <see cref="ContributionText"/>).</summary>
    public string Contribution { get; set; } = "";

    public DateTimeOffset CountedAt { get; set; }
}

/// <summary>When the rollup last took in changes, and for which day its "today" figures were counted.</summary>
public sealed class StatisticsWatermark
{
    public int Id { get; set; } = 1;
    public DateTimeOffset RefreshedAt { get; set; }
    public DateOnly CountedForDay { get; set; }
}
