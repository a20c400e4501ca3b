using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace WorkAbility.Web.Tests.Fhir;

/// <summary>
/// Firely's validator against the R4 core specification (the specification package, no network).
/// The validator and its caches are not thread-safe, so one instance serves one caller at a time.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Instance = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    });

    private static readonly Lock Gate = new();

    /// <summary>The errors (and fatal issues) the validator finds, as readable lines; empty when the resource is valid.</summary>
    public static IReadOnlyList<string> Errors(Resource resource) => Check(resource).Errors;

    /// <summary>Errors as above, and how many warnings came with them (reported, not asserted).</summary>
    public static (IReadOnlyList<string> Errors, int Warnings) Check(Resource resource)
    {
        lock (Gate)
        {
            var outcome = Instance.Value.Validate(resource);
            var errors = outcome.Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{i.Code} at {string.Join(",", i.Expression)}: {i.Details?.Text} {i.Diagnostics}")
                .ToList();
            return (errors, outcome.Issue.Count(i => i.Severity is OperationOutcome.IssueSeverity.Warning));
        }
    }
}
