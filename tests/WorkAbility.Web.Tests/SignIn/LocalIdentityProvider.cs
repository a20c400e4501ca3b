using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace WorkAbility.Web.Tests.SignIn;

/// <summary>
/// A real OpenID Connect provider on 127.0.0.1 (OpenIddict server, authorization code + PKCE,
/// signed id_tokens, discovery and keys), standing in for Suomi.fi e-Identification and an
/// organisation's staff IdP. Whoever <see cref="NextPerson"/> names is signed in at its
/// authorization endpoint, as if they had identified themselves there.
/// </summary>
internal sealed class LocalIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "workability-tests";
    public const string ClientSecret = "local-provider-secret";

    private readonly WebApplication app;

    /// <summary>The person the next authorization signs in: an identity code (a client) or a username (staff).</summary>
    public (string? IdentityCode, string? Username) NextPerson { get; set; }

    public Uri Authority { get; private set; } = null!;

    private LocalIdentityProvider(WebApplication app) => this.app = app;

    public static async Task<LocalIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            // No application store: the one client is checked by the handlers below.
            options.EnableDegradedMode();
            options.DisableTokenStorage();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                return default;
            }));
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
        });
        var app = builder.Build();
        var provider = new LocalIdentityProvider(app);
        app.MapGet("/connect/authorize", (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            var (code, username) = provider.NextPerson;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, code ?? username ?? "nobody"));
            if (code is not null)
            {
                // Suomi.fi carries the personal identity code in this claim.
                identity.AddClaim(new Claim("urn:oid:1.2.246.21", code));
                // …and the names as in the population register.
                identity.AddClaim(new Claim(Claims.GivenName, "Ulla"));
                identity.AddClaim(new Claim(Claims.FamilyName, "Uusitalo"));
            }
            if (username is not null)
            {
                identity.AddClaim(new Claim(Claims.PreferredUsername, username));
            }
            var principal = new ClaimsPrincipal(identity);
            principal.SetScopes(request.GetScopes());
            principal.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(principal, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Authority = new Uri(address.TrimEnd('/') + "/");
        return provider;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
