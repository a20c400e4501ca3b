using WorkAbility.Web.Components;
using WorkAbility.Web.Features;
using WorkAbility.Web.Features.AccessLog;
using WorkAbility.Web.Features.Clients;
using WorkAbility.Web.Features.SignIn;
using WorkAbility.Web.Infrastructure;
using WorkAbility.Web.Infrastructure.Auth;
using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Infrastructure.Errors;
using WorkAbility.Web.Infrastructure.Health;
using WorkAbility.Web.Infrastructure.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddWorkAbilityDatabase(builder.Configuration, builder.Environment);
builder.Services.AddWorkAbilityLocalization();
builder.Services.AddWorkAbilityHealthChecks();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainExceptionHandler>();
builder.Services.AddOpenApi();
// Finnish and Swedish letters are written as they are, not as numeric entities.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddRazorComponents();
builder.Services.AddHttpContextAccessor();
builder.Services.AddWorkAbilityAuth(builder.Configuration, builder.Environment);
builder.Services.AddWorkAbilityFeatures();

var app = builder.Build();

if (args.Contains("migrate", StringComparer.Ordinal))
{
    return await app.RunMigrateCommandAsync();
}
if (args.Contains("verify-access-log", StringComparer.Ordinal))
{
    return await app.RunVerifyAccessLogCommandAsync();
}

await app.PrepareDatabaseAsync();

// API callers get problem+json from DomainExceptionHandler; anything else gets the error page.
app.UseExceptionHandler("/Error", createScopeForErrors: true);
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseWorkAbilitySecurityHeaders();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapWorkAbilityHealth();
app.MapLanguageSwitch();
app.MapSignIn();
app.MapClients();
app.MapAccessLogAdmin();
app.MapRazorComponents<App>();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so the integration tests can host the app.</summary>
public partial class Program;
