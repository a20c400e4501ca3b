using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Infrastructure.Messaging;

/// <summary>
/// "Messaging": how notices reach the client's own e-mail and phone (F40). Without an SMTP host no e-mail is sent and
/// without an SMS endpoint no text message; a client's choice of a channel that is off is kept, and its notices wait.
/// </summary>
public sealed class MessagingSettings : ISettingsSection
{
    public static string Section => "Messaging";

    public SmtpSettings Smtp { get; set; } = new();

    public SmsSettings Sms { get; set; } = new();

    /// <summary>The address clients reach the service at; a notice links to the page where the thing waits.</summary>
    public string? PublicAddress { get; set; }

    /// <summary>Whether this node runs the notice rounds (off on a node kept for requests only, and in tests that run them by hand).</summary>
    public bool RoundsEnabled { get; set; } = true;

    [Range(1, 86_400, ErrorMessage = "Messaging:IntervalSeconds must be between {1} and {2}.")]
    public int IntervalSeconds { get; set; } = 30;

    [Range(1, 600, ErrorMessage = "Messaging:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 30;

    [Range(1, 86_400, ErrorMessage = "Messaging:FirstRetrySeconds must be between {1} and {2}.")]
    public int FirstRetrySeconds { get; set; } = 60;

    [Range(1, 10_080, ErrorMessage = "Messaging:LongestRetryMinutes must be between {1} and {2}.")]
    public int LongestRetryMinutes { get; set; } = 360;

    [Range(1, 1_000, ErrorMessage = "Messaging:MaxAttempts must be between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 10;

    public bool EmailEnabled => !string.IsNullOrWhiteSpace(Smtp.Host) && !string.IsNullOrWhiteSpace(Smtp.From);

    public bool SmsEnabled => Uri.TryCreate(Sms.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public bool Enabled => EmailEnabled || SmsEnabled;

    public WorkAbility.Domain.Plans.RetryPolicy RetryPolicy() =>
        new(TimeSpan.FromSeconds(FirstRetrySeconds), TimeSpan.FromMinutes(LongestRetryMinutes), MaxAttempts);

    /// <summary>The link a notice carries: the page on the public address, or none when the address is not set.</summary>
    public string? Link(string path) =>
        Uri.TryCreate(PublicAddress, UriKind.Absolute, out var root) ? new Uri(root, path).ToString() : null;
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }

    [Range(1, 65_535, ErrorMessage = "Messaging:Smtp:Port must be between {1} and {2}.")]
    public int Port { get; set; } = 587;

    /// <summary>The sender, e.g. <c>Työkyvyn tuki &lt;ei-vastausta@hyvinvointialue.fi&gt;</c>.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary><c>Auto</c> (STARTTLS when offered; TLS on port 465), <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c> (a relay inside the county's own network).</summary>
    [RegularExpression("^(Auto|StartTls|SslOnConnect|None)$", ErrorMessage = "Messaging:Smtp:Security must be Auto, StartTls, SslOnConnect or None.")]
    public string Security { get; set; } = "Auto";
}

public sealed class SmsSettings
{
    /// <summary>The gateway's address: each text message is one POST of <c>{ "to", "text", "sender" }</c> (docs/configuration.md).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The sender name the gateway shows, if it supports one.</summary>
    public string? Sender { get; set; }
}
