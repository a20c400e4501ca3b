using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>One labelled value of a chart and its data table; <paramref name="Drawn"/> false keeps it in the table only.</summary>
public sealed record ChartRow(string Label, PublishedValue Value, bool Drawn = true);

/// <summary>The colour-blind-safe palette (Okabe–Ito) the charts draw with, in order.</summary>
public static class ChartPalette
{
    public static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
}
