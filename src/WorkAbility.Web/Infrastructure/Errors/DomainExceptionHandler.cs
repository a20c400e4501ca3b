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
/// with a message per field, a broken rule → 409, a concurrent edit → 409. A user's mistake is
/// never a 500. Only API requests are handled here; pages show their own messages.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            DomainValidationException v => Validation(v.Errors),
            DomainRuleException r when r.Code.StartsWith("identity_code_", StringComparison.Ordinal) || r.Code is TextRules.Required or TextRules.TooLong or "invalid_choice" =>
                Validation([new FieldError(r.Field ?? "request", r.Code)]),
            DomainRuleException r => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = localizer["Error.ConflictTitle"],
                Detail = localizer.Error(r.Code),
                Extensions = { ["code"] = r.Code },
            },
            WorkAbility.Web.Features.Cases.CaseAlreadyActiveException existing => new ProblemDetails
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
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = localizer["Error.ConflictTitle"],
                Detail = localizer.Error("concurrency_conflict"),
                Extensions = { ["code"] = "concurrency_conflict" },
            },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = localizer["Error.ValidationTitle"],
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private HttpValidationProblemDetails Validation(IEnumerable<FieldError> errors) =>
        new(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => localizer.Error(e.Code)).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = localizer["Error.ValidationTitle"],
            Extensions = { ["codes"] = errors.ToDictionary(e => e.Field, e => e.Code) },
        };
}
