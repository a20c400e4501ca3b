using System.Text.Json;
using System.Text.Json.Serialization;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.AccessLog;

public static class VerifyAccessLogCommand
{
    /// <summary>
    /// <c>dotnet run --project src/WorkAbility.Web -- verify-access-log</c>: prints the verification as
    /// JSON; exit code 0 when the log is intact, 1 when it is broken.
    /// </summary>
    public static async Task<int> RunVerifyAccessLogCommandAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccessLogVerification.Handler>().Handle(CancellationToken.None);
        var options = new JsonSerializerOptions(JsonSerializerOptions.Web) { WriteIndented = true };
        options.Converters.Add(new JsonStringEnumConverter());
        Console.WriteLine(JsonSerializer.Serialize(result, options));
        return result.Valid ? 0 : 1;
    }

    /// <summary>
    /// <c>-- rotate-access-log-key</c>: adds a new random key to the key file as the current one. Restart
    /// the app nodes; the next seal records the rotation as an entry sealed with the new key. Old
    /// keys stay in the file so that what they sealed still verifies.
    /// </summary>
    public static int RunRotateAccessLogKeyCommand(this WebApplication app)
    {
        var file = app.Services.GetRequiredService<AccessLogSettings>().KeyFilePath(app.Environment);
        if (file is null)
        {
            Console.Error.WriteLine("AccessLog:KeyFile is not set; keys given as AccessLog:Keys:<id> are rotated by adding a key there and naming it in AccessLog:CurrentKeyId.");
            return 2;
        }
        Console.WriteLine(AccessLogKeyring.AppendNewKey(file));
        return 0;
    }
}
