using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WorkAbility.Browser.Tests;

/// <summary>
/// What every page the journeys visit must pass: no serious or critical axe violation (WCAG 2.1
/// A/AA tags), no resource key or raw enum name shown, no console error (a CSP block shows up
/// there). Each check also saves a screenshot to test-output/journey/ for people to look at.
/// </summary>
public sealed partial class PageChecks
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private readonly List<string> problems = [];
    private readonly HashSet<string> rawEnumNames = typeof(WorkAbility.Domain.Cases.SupportCase).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic)
        .SelectMany(Enum.GetNames)
        .Where(n => n.Count(char.IsUpper) >= 2)
        .ToHashSet();

    /// <summary>Every key of the UI strings: none may appear on a page as such (a missing translation shows its key).</summary>
    private static readonly string[] ResourceKeys = new System.Resources.ResourceManager(typeof(WorkAbility.Web.Resources.SharedResource))
        .GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
        .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Where(k => k.Contains('.', StringComparison.Ordinal)).ToArray();

    public int PagesScanned { get; private set; }

    /// <summary>While true, the browser's own "404" console line is expected (the not-found page).</summary>
    public bool ExpectingNotFound { get; set; }
    public IReadOnlyList<string> Problems => problems;

    public static string OutputFolder { get; } = FindOutputFolder();

    public async Task Check(IPage page, string step)
    {
        PagesScanned++;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(OutputFolder, step + ".png"), FullPage = true });

        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        foreach (var v in axe.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            problems.Add($"{step}: axe {v.Impact} {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        }

        var text = await page.InnerTextAsync("body");
        foreach (Match m in ResourceKey().Matches(text))
        {
            problems.Add($"{step}: resource key shown: {m.Value}");
        }
        foreach (var key in ResourceKeys.Where(k => text.Contains(k, StringComparison.Ordinal)))
        {
            problems.Add($"{step}: resource key shown: {key}");
        }
        foreach (var word in Regex.Split(text, @"\W+").Where(rawEnumNames.Contains).Distinct())
        {
            problems.Add($"{step}: raw enum name shown: {word}");
        }
    }

    /// <summary>Records console errors of a page (CSP violations and script errors land there).</summary>
    public void Watch(IPage page, string context)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(ExpectingNotFound && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                problems.Add($"{context}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{context}: page error: {error}");
    }

    [GeneratedRegex(@"\b(?:Enum|Error|Layout|Home|Admin|SignIn|A11y|Role|Language|NotFound|App|Clients|Case|Concern|Common|Screening|Assessment|Typ|Consultation|Desk|SelfAssessment|Kyky|Consent|Team|Meeting|Plan|Service|Notification|Form|FollowUp|Handover|Referral|Oh|Risk|Worklist|My|MyLog|MyPlan|MyTeam|MySelf|MyConsent|MyFeedback|Path|Stats)\.[A-Za-z_]+(?:\.[A-Za-z-]+)?\b")]
    private static partial Regex ResourceKey();

    private static string FindOutputFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkAbility.slnx")))
        {
            dir = dir.Parent;
        }
        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "test-output", "journey");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
