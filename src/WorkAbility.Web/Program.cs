using WorkAbility.Web.Components;
using WorkAbility.Web.Features;
using WorkAbility.Web.Features.AccessLog;
using WorkAbility.Web.Features.Administration;
using WorkAbility.Web.Features.Assessment;
using WorkAbility.Web.Features.Cases;
using WorkAbility.Web.Features.ClientTasks;
using WorkAbility.Web.Features.Clients;
using WorkAbility.Web.Features.Concerns;
using WorkAbility.Web.Features.Consents;
using WorkAbility.Web.Features.Consultations;
using WorkAbility.Web.Features.CoordinatorDesk;
using WorkAbility.Web.Features.CoordinatorReferrals;
using WorkAbility.Web.Features.FollowUp;
using WorkAbility.Web.Features.Messages;
using WorkAbility.Web.Features.MyService;
using WorkAbility.Web.Features.Notifications;
using WorkAbility.Web.Features.OccupationalHealth;
using WorkAbility.Web.Features.Plans;
using WorkAbility.Web.Features.Referrals;
using WorkAbility.Web.Features.Risks;
using WorkAbility.Web.Features.Statistics;
using WorkAbility.Web.Features.Screening;
using WorkAbility.Web.Features.Services;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Features.SignIn;
using WorkAbility.Web.Features.Teams;
using WorkAbility.Web.Features.Worklist;
using WorkAbility.Web.Fhir;
using WorkAbility.Web.Infrastructure;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Auth;
using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Infrastructure.Errors;
using WorkAbility.Web.Infrastructure.Health;
using WorkAbility.Web.Infrastructure.Idempotency;
using WorkAbility.Web.Infrastructure.Localization;
using WorkAbility.Web.Infrastructure.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddWorkAbilityDatabase(builder.Configuration, builder.Environment);
builder.Services.AddWorkAbilityLocalization();
builder.Services.AddWorkAbilityHealthChecks();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainExceptionHandler>();
// Unreadable or mistyped JSON becomes an exception that DomainExceptionHandler words as a 400 problem.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddWorkAbilityOpenApi();
// The API speaks enum names (invariant), not numbers.
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
    // A null where the contract has no null (a list, a required text) is the caller's mistake: 400 naming the field.
    o.SerializerOptions.RespectNullableAnnotations = true;
});
// Finnish and Swedish letters are written as they are, not as numeric entities.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddScoped<WorkAbility.Web.Components.Shared.PageOutcome>();
builder.Services.AddRazorComponents();
builder.Services.AddHttpContextAccessor();
builder.Services.AddWorkAbilityAuth(builder.Configuration, builder.Environment);
builder.Services.AddWorkAbilityFeatures();
builder.Services.AddWorkAbilityFhir();

var app = builder.Build();

if (args.Contains("migrate", StringComparer.Ordinal))
{
    return await app.RunMigrateCommandAsync();
}
if (args.Contains("rotate-access-log-key", StringComparer.Ordinal))
{
    return app.RunRotateAccessLogKeyCommand();
}
if (args.Contains("verify-access-log", StringComparer.Ordinal))
{
    return await app.RunVerifyAccessLogCommandAsync();
}

// Read the screening rules and the access-log keys now: a broken rule file or a missing key stops
// the start, not the first booking or the first read.
app.Services.GetRequiredService<ScreeningRules>();
app.Services.GetRequiredService<AccessLogKeyring>();
await app.PrepareDatabaseAsync();

// Localization first, so error responses are in the request's language too.
app.UseRequestLocalization();
// API callers get problem+json from DomainExceptionHandler; anything else gets the error page.
app.UseExceptionHandler("/Error", createScopeForErrors: true);
// HSTS on every https answer (the middleware leaves loopback hosts and plain http alone).
app.UseHsts();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseMachineRouteStatusPages();
app.UseWorkAbilitySecurityHeaders();
app.UseRequestHygiene();
app.UseAccessLogStage();
app.UseAuthentication();
app.UseAuthorization();
app.UseIdempotentPosts();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapWorkAbilityHealth();
app.MapLanguageSwitch();
app.MapSignIn();
app.MapClients();
app.MapAccessLogAdmin();
app.MapAdministration();
app.MapScreening();
app.MapCases();
app.MapConcerns();
app.MapAssessment();
app.MapCoordinatorDesk();
app.MapCoordinatorReferrals();
app.MapConsultations();
app.MapConsents();
app.MapTeams();
app.MapPlans();
app.MapServiceCatalogue();
app.MapNotifications();
app.MapReferrals();
app.MapFollowUp();
app.MapOccupationalHealth();
app.MapWorklist();
app.MapRisks();
app.MapStatistics();
app.MapMyService();
app.MapMessages();
app.MapClientTasks();
app.MapFhir();
app.MapRazorComponents<App>();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so the integration tests can host the app.</summary>
public partial class Program;
