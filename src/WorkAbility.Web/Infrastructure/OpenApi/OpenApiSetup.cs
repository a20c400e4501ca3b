using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WorkAbility.Web.Infrastructure.OpenApi;

/// <summary>
/// The API description says what the API really does: a unique schema name per request type (a
/// use case's nested <c>Request</c> is named after its use case), and every operation lists the
/// answers it can give — its success code, and the problem+json answers for bad input, sign-in,
/// not found (which also covers "not yours to see"), refused rules and stale versions, reused
/// idempotency keys and an unavailable access log.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddWorkAbilityOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.CreateSchemaReferenceId = info => info.Type is { IsNested: true, IsEnum: false, IsGenericType: false, DeclaringType: { } outer }
            ? outer.Name + info.Type.Name
            : OpenApiOptions.CreateDefaultSchemaReferenceId(info);
        o.AddOperationTransformer(DeclareResponses);
    });

    private static Task DeclareResponses(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var method = description.HttpMethod ?? "GET";
        var path = "/" + description.RelativePath;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        bool signedIn = metadata.OfType<IAuthorizeData>().Any();
        bool roles = metadata.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Roles) || !string.IsNullOrEmpty(a.Policy)) ||
                     metadata.OfType<AuthorizationPolicy>().Any(p => p.Requirements.Count > 1);
        bool write = !HttpMethods.IsGet(method);
        bool routeIds = description.ParameterDescriptions.Any(p => p.Source.Id == "Path");
        bool input = write || description.ParameterDescriptions.Any();
        bool clientData = path.StartsWith("/api/clients", StringComparison.Ordinal) || path.StartsWith("/api/referrals", StringComparison.Ordinal) ||
                          path.StartsWith("/api/worklist", StringComparison.Ordinal);

        operation.Responses ??= [];
        var responses = operation.Responses;
        if (responses.Keys.Any(k => k is "201" or "202" or "204" or "302") && responses.TryGetValue("200", out var ok) && ok.Content is null or { Count: 0 })
        {
            responses.Remove("200");
        }
        void Problem(string code, string text)
        {
            if (!responses.ContainsKey(code))
            {
                responses[code] = new OpenApiResponse
                {
                    Description = text,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
                };
            }
        }
        if (input)
        {
            Problem("400", "Malformed request or invalid fields; `errors` lists every field's messages in the request's language, `codes` the first code per field.");
        }
        if (signedIn)
        {
            Problem("401", "Not signed in.");
        }
        if (roles)
        {
            Problem("403", "Signed in without the role this needs.");
        }
        if (routeIds || clientData)
        {
            Problem("404", "Not found — or not visible to the caller: a denial and a missing record answer the same.");
        }
        if (write)
        {
            Problem("409", "A rule of the service model refuses the change (`code` names it), or the change was based on a stale version.");
        }
        if (HttpMethods.IsPost(method) && path.StartsWith("/api", StringComparison.Ordinal))
        {
            Problem("422", "The Idempotency-Key was already used with another request body.");
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Idempotency.IdempotentPosts.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Same key and body within 24 hours: the first answer again, nothing created twice.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
            });
        }
        if (clientData)
        {
            Problem("503", "The access log or the database cannot be written right now: nothing is shown or saved.");
        }
        return Task.CompletedTask;
    }
}
