using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Auth;
using WorkAbility.Web.Infrastructure.Localization;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Fhir;

/// <summary>FHIR answers: a resource as <c>application/fhir+json</c>, and every refusal as an OperationOutcome.</summary>
public static class FhirResults
{
    public static IResult Resource(Resource resource, int status = StatusCodes.Status200OK, string? location = null) =>
        new FhirJsonResult(resource, status, location);

    public static IResult Outcome(OperationOutcome outcome, int status) => new FhirJsonResult(outcome, status, null);

    public static IResult NotFound(string type, string id) => Outcome(OperationOutcomes.NotFound(type, id), StatusCodes.Status404NotFound);

    public static IResult Invalid(string diagnostics, string? expression = null) =>
        Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.Invalid, diagnostics, expression), StatusCodes.Status400BadRequest);

    private sealed class FhirJsonResult(Resource resource, int status, string? location) : IResult
    {
        public async System.Threading.Tasks.Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = FhirJson.ContentType + "; charset=utf-8";
            if (location is not null)
            {
                http.Response.Headers.Location = location;
            }
            if (resource.Meta?.VersionId is { Length: > 0 } version && resource is not OperationOutcome)
            {
                http.Response.Headers.ETag = $"W/\"{version}\"";
            }
            await http.Response.WriteAsync(FhirJson.Serialize(resource), http.RequestAborted);
        }
    }

    /// <summary>
    /// The FHIR routes' one error door: anonymous callers are told to sign in (except for the
    /// capability statement), a client the caller may not see is the same 404 as one that does not
    /// exist, a broken rule is 409 and invalid input 400 – each in the caller's language and as an
    /// OperationOutcome, never a stack trace.
    /// </summary>
    public static RouteGroupBuilder WithFhirErrors(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            if (http.User.ToActor().Kind is ActorKind.Anonymous && http.Request.Path.Value != FhirEndpoints.Root + "/metadata")
            {
                return Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.Login, "Sign in first: the FHIR API answers signed-in users only."),
                    StatusCodes.Status401Unauthorized);
            }
            try
            {
                return await next(context);
            }
            catch (FhirInvalidException e)
            {
                return Outcome(e.Outcome, StatusCodes.Status400BadRequest);
            }
            catch (Exception e) when (e is ClientNotFoundException or DomainRuleException { Kind: RefusalKind.NotFound })
            {
                return Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.NotFound, "Not known here, or you may not see it."), StatusCodes.Status404NotFound);
            }
            catch (DomainValidationException e)
            {
                return Outcome(OperationOutcomes.Many(e.Errors.Select(x => (localizer.Error(x.Code), (string?)x.Field))), StatusCodes.Status400BadRequest);
            }
            catch (DomainRuleException e) when (e.Kind is RefusalKind.InvalidInput)
            {
                return Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.Invalid, localizer.Error(e.Code) + $" ({e.Code})", e.Field),
                    StatusCodes.Status400BadRequest);
            }
            catch (DomainRuleException e)
            {
                return Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.BusinessRule, localizer.Error(e.Code) + $" ({e.Code})", e.Field),
                    StatusCodes.Status409Conflict);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.Conflict, localizer.Error("concurrency_conflict")), StatusCodes.Status409Conflict);
            }
            catch (AccessLogUnavailableException)
            {
                return Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.Transient, localizer["Error.AccessLogUnavailable"]),
                    StatusCodes.Status503ServiceUnavailable);
            }
        });
}
