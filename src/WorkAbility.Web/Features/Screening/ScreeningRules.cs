using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using WorkAbility.Domain.Screening;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Screening;

/// <summary>
/// The current screening rule set, read from the file named by <c>Screening:RulesFile</c>
/// (default screening-rules.json under the content root) and re-read when the file changes. A
/// broken edit is logged and the last good rules stay in force; a broken file at start stops the app.
/// </summary>
[Published]
public sealed partial class ScreeningRules : IDisposable
{
    private readonly string path;
    private readonly ILogger<ScreeningRules> logger;
    private readonly PhysicalFileProvider folder;
    private readonly IDisposable watch;
    private ScreeningRuleSet current;

    public ScreeningRules(ScreeningSettings settings, IHostEnvironment environment, ILogger<ScreeningRules> logger)
    {
        this.logger = logger;
        var file = settings.RulesFile;
        path = Path.IsPathRooted(file) ? file : Path.Combine(environment.ContentRootPath, file);
        current = ScreeningRuleFile.Parse(File.ReadAllText(path));
        // The provider's default honours DOTNET_USE_POLLING_FILE_WATCHER (network shares, tests).
        folder = new PhysicalFileProvider(Path.GetDirectoryName(path)!);
        watch = ChangeToken.OnChange(() => folder.Watch(Path.GetFileName(path)), Reload);
    }

    public ScreeningRuleSet Current => current;

    public void Reload()
    {
        try
        {
            current = ScreeningRuleFile.Parse(File.ReadAllText(path));
            LogReloaded(logger, current.Rules.Count);
        }
        catch (Exception ex) when (ex is ScreeningRuleFile.InvalidRuleFileException or System.Text.Json.JsonException or IOException or InvalidOperationException or FormatException)
        {
            LogReloadFailed(logger, ex.Message);
        }
    }

    public void Dispose()
    {
        watch.Dispose();
        // The provider owns an inotify instance; the kernel allows few per user.
        folder.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening rules reloaded: {Rules} rules.")]
    private static partial void LogReloaded(ILogger logger, int rules);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening rule file not reloaded; the previous rules stay in force: {Problem}")]
    private static partial void LogReloadFailed(ILogger logger, string problem);
}
