using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Statistics;
using WorkAbility.Web.Infrastructure.Localization;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>How the statistics read in the UI: numbers in fi-FI form, "under 5" for a suppressed value, category names localized.</summary>
public static class StatisticsText
{
    public static string Format(PublishedValue value, IStringLocalizer<SharedResource> l) => value.Value switch
    {
        null => l["Home.SmallGroup"],
        { } n when value.Partial && n > 0 => l["Stats.AtLeast", n.ToString("N0", Languages.FormatCulture)],
        { } n => n.ToString("N0", Languages.FormatCulture),
    };

    public static string Category(string figure, string category, IStringLocalizer<SharedResource> l, IReadOnlyDictionary<Guid, string> coordinators)
    {
        if (figure == Figures.Caseload)
        {
            return Guid.TryParse(category, out var id) ? coordinators.GetValueOrDefault(id, l["Stats.Category.Unknown"]) : l["Stats.Category.NoCoordinator"];
        }
        if (figure == Figures.EffectChange && int.TryParse(category, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var points))
        {
            // A change in points, signed as people write it: +2, 0, −3.
            var signed = (points > 0 ? "+" : points < 0 ? "−" : "") + Math.Abs(points).ToString(Languages.FormatCulture);
            return points == Figures.ChangeEnds ? "≥ " + signed : points == -Figures.ChangeEnds ? "≤ " + signed : signed;
        }
        var type = figure switch
        {
            _ when figure.StartsWith(Figures.StatusAfterEndPrefix, StringComparison.Ordinal) => nameof(WorkAbility.Domain.FollowUp.LifeSituation),
            Figures.EffectReferralEmployment => nameof(WorkAbility.Domain.Referrals.EmploymentOutcome),
            Figures.CoverageFunnel => "Funnel",
            Figures.InflowChannel => nameof(ContactChannel),
            Figures.InflowSource => nameof(OrganisationKind),
            Figures.InflowTargetGroup => nameof(TargetGroup),
            Figures.InflowIncome => nameof(IncomeSource),
            Figures.InflowRehabilitation => nameof(VocationalRehabilitationPhase),
            Figures.StockStage or Figures.FeedbackStage => nameof(CaseStage),
            Figures.FeedbackOccasion => nameof(WorkAbility.Domain.Feedback.FeedbackOccasion),
            Figures.Outcome => nameof(CaseOutcome),
            _ => null,
        };
        if (type is not null)
        {
            var named = type == "Funnel" ? l["Stats.Funnel." + category] : l[$"Enum.{type}.{category}"];
            if (!named.ResourceNotFound)
            {
                return named;
            }
        }
        var text = l["Stats.Category." + category];
        return text.ResourceNotFound ? category.Replace("-", "–", StringComparison.Ordinal) : text.Value;
    }
}
