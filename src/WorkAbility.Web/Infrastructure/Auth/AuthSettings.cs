using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Infrastructure.Auth;

/// <summary>"Auth": how people sign in and how long a session lasts.</summary>
public sealed class AuthSettings : ISettingsSection
{
    public static string Section => "Auth";

    /// <summary>The identity provider's settings ("Auth:Oidc": Authority, ClientId, ClientSecret…), bound to the OpenID Connect handler.</summary>
    public const string OidcSection = "Auth:Oidc";

    /// <summary><c>Demo</c>: pick a demo user on a page. <c>Oidc</c>: the organisation's IdP and Suomi.fi.</summary>
    [RegularExpression("^(?i:demo|oidc)$", ErrorMessage = "Auth:Mode must be Demo or Oidc.")]
    public string Mode { get; set; } = "Oidc";

    [Range(1, 24 * 60, ErrorMessage = "Auth:InactivityTimeoutMinutes must be between {1} and {2}.")]
    public int InactivityTimeoutMinutes { get; set; } = 30;

    [Range(1, 7 * 24, ErrorMessage = "Auth:AbsoluteTimeoutHours must be between {1} and {2}.")]
    public int AbsoluteTimeoutHours { get; set; } = 10;

    public bool IsDemo => string.Equals(Mode, "Demo", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>Auth:Oidc:Authority</c>, as the administrator's settings page shows it.</summary>
    public OidcSettings Oidc { get; set; } = new();

    public sealed class OidcSettings
    {
        public string? Authority { get; set; }
    }
}
