using System.Text.Json;
using System.Text.Json.Nodes;
using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Domain.Common;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>
/// Reads questionnaire definitions (FHIR Questionnaire shape: item, linkId, type, required,
/// answerOption, enableWhen; plus "scores") from the questionnaires folder.
/// </summary>
public sealed class QuestionnaireLibrary
{
    public const string SelfAssessmentUrl = "urn:workability:questionnaire:work-ability-self-assessment";
    private readonly Dictionary<string, Questionnaire> byUrl;

    public QuestionnaireLibrary(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "questionnaires");
        byUrl = Directory.EnumerateFiles(folder, "*.json").Select(f => Parse(File.ReadAllText(f))).ToDictionary(q => q.Url);
    }

    public Questionnaire SelfAssessment => byUrl[SelfAssessmentUrl];

    public static Questionnaire Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return new Questionnaire(
            Text(root, "url"), Text(root, "version"), Localized(root["title"]),
            root["item"]!.AsArray().Select(n => new QuestionnaireItem(
                Text(n!, "linkId"), Localized(n!["text"]),
                Text(n!, "type") switch
                {
                    "integer" => ItemType.Integer,
                    "choice" => ItemType.Choice,
                    "text" or "string" => ItemType.Text,
                    var other => throw new JsonException($"Unknown item type '{other}'."),
                },
                n!["required"]?.GetValue<bool>() ?? false,
                n["minValue"]?.GetValue<int>(), n["maxValue"]?.GetValue<int>(),
                (n["answerOption"]?.AsArray() ?? []).Select(o => new AnswerOption(Text(o!, "code"), Localized(o!["display"]), o["score"]?.GetValue<int>())).ToList(),
                (n["enableWhen"]?.AsArray() ?? []).Select(w => new EnableWhen(Text(w!, "question"), Text(w!, "answer"))).ToList())).ToList(),
            (root["scores"]?.AsArray() ?? []).Select(s => new ScoreDefinition(Text(s!, "id"), Localized(s!["label"]),
                s["items"]!.AsArray().Select(i => i!.GetValue<string>()).ToList())).ToList());
    }

    private static string Text(JsonNode node, string name) =>
        node[name]?.GetValue<string>() ?? throw new JsonException($"'{name}' is missing.");

    private static LocalizedText Localized(JsonNode? node) =>
        new(node?["fi"]?.GetValue<string>() ?? "", node?["sv"]?.GetValue<string>() ?? "", node?["en"]?.GetValue<string>() ?? "");
}
