using System.Text.Json;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// Guidance in place (F29): each stage's roles and responsibilities, its risks and further
/// reading, from the seeds, kept as content in guidance.json. Every stage must have an entry;
/// the app does not start without one.
/// </summary>
public sealed class StageGuidance
{
    public sealed record Link(LocalizedText Title, string Url);

    public sealed record Entry(LocalizedText Roles, IReadOnlyList<LocalizedText> Risks, IReadOnlyList<Link> Links);

    private readonly Dictionary<CaseStage, Entry> entries;

    public StageGuidance(IHostEnvironment environment)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(environment.ContentRootPath, "guidance.json")));
        entries = Enum.GetValues<CaseStage>().ToDictionary(s => s, s =>
        {
            var e = doc.RootElement.TryGetProperty(s.ToString(), out var v) ? v : throw new InvalidDataException($"guidance.json has no entry for {s}.");
            return new Entry(Text(e.GetProperty("roles")),
                e.GetProperty("risks").EnumerateArray().Select(Text).ToList(),
                e.GetProperty("links").EnumerateArray().Select(l => new Link(Text(l.GetProperty("title")), l.GetProperty("url").GetString()!)).ToList());
        });
    }

    public Entry For(CaseStage stage) => entries[stage];

    private static LocalizedText Text(JsonElement e) =>
        new(e.GetProperty("fi").GetString()!, e.GetProperty("sv").GetString()!, e.GetProperty("en").GetString()!);
}
