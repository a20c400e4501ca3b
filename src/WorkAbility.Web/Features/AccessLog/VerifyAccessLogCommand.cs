using System.Text.Json;

namespace WorkAbility.Web.Features.AccessLog;

public static class VerifyAccessLogCommand
{
    /// <summary>
    /// <c>dotnet run --project src/WorkAbility.Web -- verify-access-log</c>: prints the verification as
    /// JSON; exit code 0 when the chain is intact, 1 when it is broken.
    /// </summary>
    public static async Task<int> RunVerifyAccessLogCommandAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccessLogVerification.Handler>().Handle(CancellationToken.None);
        Console.WriteLine(JsonSerializer.Serialize(result, JsonSerializerOptions.Web));
        return result.Valid ? 0 : 1;
    }
}
