namespace WorkAbility.Web.Infrastructure.Integrations;

/// <summary>
/// "Kanta": where saved plan versions are archived as FHIR documents. Without an endpoint the
/// archiving is off (the demo's default) and nothing is queued; with one, every saved version is
/// queued in the same transaction as the save and delivered by the background worker with retries.
/// </summary>
public sealed class KantaSettings
{
    /// <summary>The receiving FHIR server's base address; documents are posted to <c>{Endpoint}/Bundle</c>.</summary>
    public string? Endpoint { get; set; }

    public int PollSeconds { get; set; } = 15;
    public int TimeoutSeconds { get; set; } = 30;
    public int FirstRetrySeconds { get; set; } = 30;
    public int LongestRetryMinutes { get; set; } = 360;
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Where documents are posted: the endpoint's path with <c>/Bundle</c> added, its query kept.</summary>
    public Uri BundleAddress
    {
        get
        {
            var address = new UriBuilder(Endpoint!);
            address.Path = address.Path.TrimEnd('/') + "/Bundle";
            return address.Uri;
        }
    }

    public bool Enabled => Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public WorkAbility.Domain.Plans.RetryPolicy RetryPolicy =>
        new(TimeSpan.FromSeconds(Math.Max(1, FirstRetrySeconds)), TimeSpan.FromMinutes(Math.Max(1, LongestRetryMinutes)), Math.Max(1, MaxAttempts));
}
