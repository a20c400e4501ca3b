using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkAbility.Data;

namespace WorkAbility.Web.Infrastructure.Health;

public static class HealthEndpoint
{
    public static IServiceCollection AddWorkAbilityHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }

    /// <summary>
    /// <c>GET /health</c>: 200 with <c>{"status":"Healthy","database":"Healthy"}</c> when the database
    /// answers; 503 with "Unhealthy" when it does not. Exception text is never written out: it
    /// could carry connection details.
    /// </summary>
    public static IEndpointRouteBuilder MapWorkAbilityHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            database = report.Entries.TryGetValue("database", out var db) ? db.Status.ToString() : "Unknown",
            durationMs = (int)report.TotalDuration.TotalMilliseconds,
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
