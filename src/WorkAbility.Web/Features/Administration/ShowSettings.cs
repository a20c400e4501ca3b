using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Risks;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Auth;
using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Data.Demo;
using WorkAbility.Web.Features.Screening;

namespace WorkAbility.Web.Features.Administration;

/// <summary>
/// The settings the county runs with, as the administrator needs to see them: database, sign-in and
/// session times, the access log's keys and sealing, the demo data, the risk thresholds, the
/// screening rules, and how much the directory and catalogue hold. Never a secret: key material and
/// connection strings are shown only as "set" or "not set".
/// </summary>
public static class ShowSettings
{
    public sealed record Setting(string Key, string Value);

    public sealed record View(string DatabaseProvider, bool ConnectionStringSet, string AuthMode, string? OidcAuthority, int InactivityMinutes,
        int AbsoluteHours, IReadOnlyList<string> AccessLogKeyIds, string CurrentKeyId, int SealIntervalMilliseconds, bool DemoData,
        RiskThresholds Risks, int ScreeningIndicators, int ScreeningRules, int Organisations, int ActiveUsers, int ActiveServices, string Version);

    public sealed class Handler(AppDbContext db, ConnectionStringSettings connections, AuthSettings auth, AccessLogSettings accessLog, DemoSettings demo,
        AccessLogKeyring keys, RiskThresholds risks, ScreeningRules screening)
    {
        public async Task<View> Handle(CancellationToken ct) => new(
            db.Database.IsNpgsql() ? "PostgreSQL" : db.Database.IsSqlite() ? "SQLite" : db.Database.ProviderName ?? "",
            !string.IsNullOrWhiteSpace(connections.WorkAbility),
            auth.Mode,
            auth.IsDemo ? null : auth.Oidc.Authority,
            auth.InactivityTimeoutMinutes,
            auth.AbsoluteTimeoutHours,
            keys.KeyIds.Order(StringComparer.Ordinal).ToList(),
            keys.CurrentId,
            accessLog.SealIntervalMilliseconds,
            demo.SeedData,
            risks,
            screening.Current.Indicators.Count,
            screening.Current.Rules.Count,
            await db.Organisations.CountAsync(ct),
            await db.Professionals.CountAsync(p => p.Active, ct),
            await db.Services.CountAsync(s => s.Active, ct),
            typeof(ShowSettings).Assembly.GetName().Version?.ToString() ?? "");
    }
}
