using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace WorkAbility.Web.Fhir;

/// <summary>FHIR JSON in and out with the Firely SDK's own serializers (R4).</summary>
public static partial class FhirJson
{
    public const string ContentType = "application/fhir+json";

    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);
    private static readonly BaseFhirJsonDeserializer Deserializer = new(ModelInfo.ModelInspector);

    public static string Serialize(Base resource, bool pretty = false) => Serializer.SerializeToString(resource, pretty);

    /// <summary>
    /// Parses a resource; a document that is not JSON, not a FHIR resource or breaks the R4
    /// structure comes back as the parser's complaints, each naming the element.
    /// </summary>
    public static bool TryParse(string json, out Resource? resource, out IReadOnlyList<(string Diagnostics, string? Expression)> problems)
    {
        var found = TryParseRaw(json, out resource, out var raw);
        problems = raw.Select(m => (m, Location().Match(m) is { Success: true } at ? at.Groups[1].Value : null)).ToList();
        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bAt ([A-Za-z][A-Za-z0-9_.\[\]]*)")]
    private static partial System.Text.RegularExpressions.Regex Location();

    private static bool TryParseRaw(string json, out Resource? resource, out IReadOnlyList<string> problems)
    {
        resource = null;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (Deserializer.TryDeserializeResource(ref reader, out var parsed, out var issues))
            {
                resource = parsed;
                problems = [];
                return true;
            }
            problems = issues.Select(i => i.Message).DefaultIfEmpty("The document is not a valid FHIR R4 resource.").ToList();
            return false;
        }
        catch (JsonException e)
        {
            problems = [$"The body is not JSON: {e.Message}"];
            return false;
        }
        catch (DeserializationFailedException e)
        {
            problems = e.Exceptions.Select(x => x.Message).ToList();
            return false;
        }
        catch (InvalidOperationException e)
        {
            // The parser's answer to JSON that is not an object at all (an array, a number at the root).
            problems = [$"The body is not a FHIR resource: {e.Message}"];
            return false;
        }
    }

    public static T Parse<T>(string json) where T : Resource =>
        TryParse(json, out var resource, out var problems) && resource is T typed
            ? typed
            : throw new FormatException(string.Join("; ", problems.Select(p => p.Diagnostics)));
}
