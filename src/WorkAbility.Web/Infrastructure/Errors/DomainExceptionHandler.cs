using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Localization;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Infrastructure.Errors;

/// <summary>
/// Turns the domain's refusals into problem+json in the request's language: invalid input → 400
/// with a message per field, a broken rule → 409, a concurrent edit → 409, something named that does not exist → 404
/// (decided by the refusal's <see cref="RefusalKind"/>, never by its code's wording). A user's mistake is
/// never a 500. Only API requests are handled here; pages show their own messages.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; judge by the original path.
        bool machine = IsMachineRoute(http.Features.Get<IExceptionHandlerFeature>()?.Path ?? http.Request.Path);
        ProblemDetails? problem = exception switch
        {
            DomainValidationException v => Validation(v.Errors),
            DomainRuleException { Kind: RefusalKind.InvalidInput } r => Validation([new FieldError(r.Field ?? "request", r.Code)]),
            // The same answer as any other "not found" (a client one may not see included): no code tells what exists.
            DomainRuleException { Kind: RefusalKind.NotFound } => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = localizer["Error.NotFoundTitle"],
            },
            DomainRuleException r => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = localizer["Error.ConflictTitle"],
                Detail = localizer.Error(r.Code),
                Extensions = { ["code"] = r.Code },
            },
            WorkAbility.Domain.Cases.CaseAlreadyActiveException existing => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = localizer["Error.ConflictTitle"],
                Detail = localizer.Error("case_already_active"),
                Extensions = { ["code"] = "case_already_active", ["existingCaseId"] = existing.ExistingCaseId },
            },
            ClientNotFoundException => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = localizer["Error.NotFoundTitle"],
            },
            AccessLogUnavailableException => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = localizer["Error.AccessLogUnavailable"],
            },
            DbUpdateConcurrencyException c => Conflict(ConflictCode(c)),
            // A concurrent save lost the race for a unique place: the same answer as a stale version.
            DbUpdateException u when DatabaseErrors.IsUniqueViolation(u) => Conflict(ConflictCode(u)),
            DbUpdateException u when DatabaseErrors.IsForeignKeyViolation(u) => Validation([new FieldError("request", "unknown_reference")]),
            // The change and its access-log entry are one transaction: neither was saved.
            DbUpdateException u when machine && u.Entries.Any(e => e.Entity is WorkAbility.Domain.Access.AccessLogEntry) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = localizer["Error.AccessLogUnavailable"],
            },
            DbUpdateException or System.Data.Common.DbException or TimeoutException when machine => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = localizer["Error.DatabaseUnavailable"],
            },
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } } =>
                Validation([new FieldError(FieldName(path), "invalid_value")]),
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = localizer["Error.ValidationTitle"],
            },
            _ => null,
        };
        if (problem is null)
        {
            if (!machine && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            {
                // The error page is re-executed as a page view (a form post to it would be refused).
                http.Request.Method = HttpMethods.Get;
                return false;
            }
            if (!machine)
            {
                return false;
            }
            // Anything else on the API is still problem+json, never the HTML error page and never exception text.
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = localizer["Error.Title"],
                Detail = localizer["Error.Text"],
                Extensions = { ["traceId"] = http.TraceIdentifier },
            };
        }
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Every error of every field; <c>codes</c> gives each field's first code for programs.</summary>
    private HttpValidationProblemDetails Validation(IEnumerable<FieldError> errors)
    {
        var byField = errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToList();
        return new(byField.ToDictionary(g => g.Key, g => g.Select(e => localizer.Error(e.Code)).Distinct(StringComparer.Ordinal).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = localizer["Error.ValidationTitle"],
            Extensions = { ["codes"] = byField.ToDictionary(g => g.Key, g => g.First().Code) },
        };
    }

    /// <summary>A lost race for a plan or a team is told as its own stale-version refusal, anything else as a concurrent change.</summary>
    private static string ConflictCode(DbUpdateException e) =>
        e.Entries.Any(x => x.Entity is WorkAbility.Domain.Plans.PlanVersion or WorkAbility.Domain.Plans.SupportPlan) ? "plan_changed_meanwhile"
        : e.Entries.Any(x => x.Entity is WorkAbility.Domain.Teams.CaseTeam or WorkAbility.Domain.Teams.TeamMembership) ? "team_changed_meanwhile"
        : "concurrency_conflict";

    private ProblemDetails Conflict(string code) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = localizer["Error.ConflictTitle"],
        Detail = localizer.Error(code),
        Extensions = { ["code"] = code },
    };

    /// <summary>"$.organisations[2]" → "organisations": the field the request got wrong.</summary>
    private static string FieldName(string jsonPath)
    {
        var name = jsonPath.TrimStart('$', '.');
        var end = name.IndexOfAny(['.', '[']);
        return end > 0 ? name[..end] : name.Length > 0 ? name : "request";
    }

    public static bool IsMachineRoute(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/auth") || path.StartsWithSegments("/fhir");
}
