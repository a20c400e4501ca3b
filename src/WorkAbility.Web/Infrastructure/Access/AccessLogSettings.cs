using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Infrastructure.Access;

/// <summary>"AccessLog": the keys of the chain (outside the database) and how often it is sealed.</summary>
public sealed class AccessLogSettings : ISettingsSection
{
    public static string Section => "AccessLog";

    /// <summary>A file of <c>id base64</c> lines, the last one current; relative paths are under the content root.</summary>
    public string? KeyFile { get; set; }

    /// <summary>A demo installation makes the key file on first start; production refuses to start without keys.</summary>
    public bool CreateKeyFileIfMissing { get; set; }

    /// <summary>Keys given in configuration (<c>AccessLog:Keys:{id}</c>, base64, at least 32 bytes).</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Which key seals new entries when several are configured.</summary>
    public string? CurrentKeyId { get; set; }

    [Range(50, 3_600_000, ErrorMessage = "AccessLog:SealIntervalMilliseconds must be between {1} and {2}.")]
    public int SealIntervalMilliseconds { get; set; } = 500;

    [Range(1, 86_400, ErrorMessage = "AccessLog:LateCommitSeconds must be between {1} and {2}.")]
    public int LateCommitSeconds { get; set; } = 10;

    /// <summary><c>AccessLog:Sealing:Enabled</c>: a node that only serves reads may leave sealing to others.</summary>
    public SealingSettings Sealing { get; set; } = new();

    public sealed class SealingSettings
    {
        public bool Enabled { get; set; } = true;
    }

    public string? KeyFilePath(IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(KeyFile) ? null : Path.IsPathRooted(KeyFile) ? KeyFile : Path.Combine(environment.ContentRootPath, KeyFile);
}
