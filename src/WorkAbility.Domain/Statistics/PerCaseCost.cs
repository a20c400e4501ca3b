namespace WorkAbility.Domain.Statistics;

public enum PerCaseBound
{
    Exact,
    AtLeast,
    AtMost,
}

/// <summary>
/// A cost per case from published figures (F39): exact; at least, when some use was withheld (the cost is a lower bound);
/// at most, when some of the cases were (the divisor is a lower bound); none when both, or with fewer than five cases.
/// </summary>
public sealed record PerCaseCost(decimal? Euros, PerCaseBound Bound)
{
    public static PerCaseCost Of(decimal total, bool costWithheld, PublishedValue cases)
    {
        if (cases.Value is not (>= SmallGroups.Threshold and { } n) || (costWithheld && cases.Partial))
        {
            return new(null, PerCaseBound.Exact);
        }
        var euros = Math.Round(total / n, 0, MidpointRounding.AwayFromZero);
        return new(euros, costWithheld ? PerCaseBound.AtLeast : cases.Partial ? PerCaseBound.AtMost : PerCaseBound.Exact);
    }
}
