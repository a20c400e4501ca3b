using Hl7.Fhir.Model;

namespace WorkAbility.Web.Fhir;

/// <summary>Errors at the FHIR boundary are OperationOutcomes with a diagnostics text a developer can act on.</summary>
public static class OperationOutcomes
{
    public static OperationOutcome Of(OperationOutcome.IssueType type, string diagnostics, string? expression = null,
        OperationOutcome.IssueSeverity severity = OperationOutcome.IssueSeverity.Error) =>
        new()
        {
            Issue =
            [
                new OperationOutcome.IssueComponent
                {
                    Severity = severity,
                    Code = type,
                    Diagnostics = diagnostics,
                    Expression = expression is null ? [] : [expression],
                },
            ],
        };

    public static OperationOutcome Many(IEnumerable<(string Diagnostics, string? Expression)> problems) =>
        new()
        {
            Issue = problems.Select(p => new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = OperationOutcome.IssueType.Invalid,
                Diagnostics = p.Diagnostics,
                Expression = p.Expression is null ? [] : [p.Expression],
            }).ToList(),
        };

    public static OperationOutcome NotFound(string type, string id) =>
        Of(OperationOutcome.IssueType.NotFound, $"{type}/{id} is not known here, or you may not see it.");

    public static OperationOutcome Information(string text) =>
        Of(OperationOutcome.IssueType.Informational, text, severity: OperationOutcome.IssueSeverity.Information);
}
