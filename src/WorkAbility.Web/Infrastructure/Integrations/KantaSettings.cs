using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Infrastructure.Integrations;

/// <summary>
/// "Kanta": where saved plan versions are archived as FHIR documents. Without an endpoint the
/// archiving is off (the demo's default) and nothing is queued; with one, every saved version is
/// queued in the same transaction as the save and delivered by the background worker with retries.
/// </summary>
public sealed class KantaSettings : ISettingsSection
{
    public static string Section => "Kanta";

    /// <summary>The receiving FHIR server's base address; documents are posted to <c>{Endpoint}/Bundle</c>.</summary>
    public string? Endpoint { get; set; }

    [Range(1, 86_400, ErrorMessage = "Kanta:PollSeconds must be between {1} and {2}.")]
    public int PollSeconds { get; set; } = 15;

    [Range(1, 600, ErrorMessage = "Kanta:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 30;

    [Range(1, 86_400, ErrorMessage = "Kanta:FirstRetrySeconds must be between {1} and {2}.")]
    public int FirstRetrySeconds { get; set; } = 30;

    [Range(1, 10_080, ErrorMessage = "Kanta:LongestRetryMinutes must be between {1} and {2}.")]
    public int LongestRetryMinutes { get; set; } = 360;

    [Range(1, 1_000, ErrorMessage = "Kanta:MaxAttempts must be between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Where documents are posted: the endpoint's path with <c>/Bundle</c> added, its query kept.</summary>
    public Uri BundleAddress()
    {
        var address = new UriBuilder(Endpoint!);
        address.Path = address.Path.TrimEnd('/') + "/Bundle";
        return address.Uri;
    }

    public bool Enabled => Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public WorkAbility.Domain.Plans.RetryPolicy RetryPolicy() =>
        new(TimeSpan.FromSeconds(FirstRetrySeconds), TimeSpan.FromMinutes(LongestRetryMinutes), MaxAttempts);
}
