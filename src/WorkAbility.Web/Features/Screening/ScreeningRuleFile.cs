using System.Text.Json.Nodes;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Screening;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Screening;

/// <summary>
/// Reads the screening rule file (screening-rules.json). Condition forms:
/// <c>{"all":[…]}</c>, <c>{"any":[…]}</c>, <c>{"not":{…}}</c>, <c>{"employmentStatus":["unemployed",…]}</c>,
/// <c>{"fact":"sickLeaveDaysLast12Months","min":31,"max":…}</c>, <c>{"visitReasonMentions":["flu","pitkittyn*",…]}</c> (whole words; <c>*</c> at the end: words that start so),
/// <c>{"flag":"hasOccupationalHealth","value":false}</c>, <c>{"anyIndicator":["housing",…]}</c>.
/// A mistake names its JSON path, so an administrator can find it.
/// </summary>
[Published]
public static class ScreeningRuleFile
{
    public sealed class InvalidRuleFileException(string message) : Exception(message);

    public static ScreeningRuleSet Parse(string json)
    {
        var root = JsonNode.Parse(json, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })?.AsObject()
            ?? throw new InvalidRuleFileException("$: the file is empty.");
        var indicators = Array(root, "indicators", "$").Select((n, i) => new ScreeningIndicator(
            Text(n, "id", $"$.indicators[{i}]"), Localized(n, "label", $"$.indicators[{i}]"))).ToList();
        var known = indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var rules = Array(root, "rules", "$").Select((n, i) =>
        {
            var path = $"$.rules[{i}]";
            return new ScreeningRule(Text(n, "id", path), Localized(n, "label", path),
                Condition(n?["when"] ?? throw new InvalidRuleFileException($"{path}.when is missing."), path + ".when", known),
                Localized(n, "suggestedStep", path));
        }).ToList();
        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidRuleFileException($"$.rules: the id '{duplicate.Key}' is used twice.");
        }
        return new ScreeningRuleSet(indicators, rules);
    }

    /// <summary>An employment status the way the API and the rule file write it (kebab case: "self-employed").</summary>
    public static string StatusText(EmploymentStatus status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Parses an employment status the way the API and the rule file write it (kebab case).</summary>
    public static bool TryParseStatus(string? text, out EmploymentStatus status) =>
        Enum.TryParse(text?.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out status) &&
        Enum.IsDefined(status) && !int.TryParse(text, out _);

    private static ScreeningCondition Condition(JsonNode node, string path, HashSet<string> indicators)
    {
        var obj = node as JsonObject ?? throw new InvalidRuleFileException($"{path}: a condition must be an object.");
        if (obj["all"] is JsonArray all)
        {
            return new ScreeningCondition.All(all.Select((c, i) => Condition(c!, $"{path}.all[{i}]", indicators)).ToList());
        }
        if (obj["any"] is JsonArray any)
        {
            return new ScreeningCondition.Any(any.Select((c, i) => Condition(c!, $"{path}.any[{i}]", indicators)).ToList());
        }
        if (obj["not"] is JsonObject not)
        {
            return new ScreeningCondition.Not(Condition(not, path + ".not", indicators));
        }
        if (obj["employmentStatus"] is JsonArray statuses)
        {
            return new ScreeningCondition.StatusIn(statuses.Select((s, i) => TryParseStatus(s?.GetValue<string>(), out var st)
                ? st
                : throw new InvalidRuleFileException($"{path}.employmentStatus[{i}]: unknown status.")).ToList());
        }
        if (obj["fact"] is JsonValue fact)
        {
            var name = fact.GetValue<string>();
            if (!ScreeningCondition.NumericFacts.Contains(name))
            {
                throw new InvalidRuleFileException($"{path}.fact: '{name}' is not a numeric fact.");
            }
            return new ScreeningCondition.Range(name, obj["min"]?.GetValue<int>(), obj["max"]?.GetValue<int>());
        }
        if (obj["visitReasonMentions"] is JsonArray words)
        {
            return new ScreeningCondition.ReasonMentions(words.Select(w => w!.GetValue<string>()).ToList());
        }
        if (obj["flag"] is JsonValue flag)
        {
            var name = flag.GetValue<string>();
            CheckFlag(name, path, indicators);
            return new ScreeningCondition.Flag(name, obj["value"]?.GetValue<bool>() ?? true);
        }
        if (obj["anyIndicator"] is JsonArray ids)
        {
            return new ScreeningCondition.Any(ids.Select(id =>
            {
                var name = ScreeningCondition.Flag.IndicatorPrefix + id!.GetValue<string>();
                CheckFlag(name, path, indicators);
                return (ScreeningCondition)new ScreeningCondition.Flag(name, true);
            }).ToList());
        }
        throw new InvalidRuleFileException($"{path}: unknown condition ({string.Join(", ", obj.Select(p => p.Key))}).");
    }

    private static void CheckFlag(string name, string path, HashSet<string> indicators)
    {
        bool ok = name == "hasOccupationalHealth" ||
                  name.StartsWith(ScreeningCondition.Flag.IndicatorPrefix, StringComparison.Ordinal) &&
                  indicators.Contains(name[ScreeningCondition.Flag.IndicatorPrefix.Length..]);
        if (!ok)
        {
            throw new InvalidRuleFileException($"{path}: unknown flag or indicator '{name}'.");
        }
    }

    private static IEnumerable<JsonNode?> Array(JsonObject obj, string name, string path) =>
        obj[name] as JsonArray ?? throw new InvalidRuleFileException($"{path}.{name} must be an array.");

    private static string Text(JsonNode? node, string name, string path) =>
        node?[name]?.GetValue<string>() is { Length: > 0 } s ? s : throw new InvalidRuleFileException($"{path}.{name} is missing.");

    private static LocalizedText Localized(JsonNode? node, string name, string path) =>
        new(Text(node?[name], "fi", $"{path}.{name}"), Text(node?[name], "sv", $"{path}.{name}"), Text(node?[name], "en", $"{path}.{name}"));
}
