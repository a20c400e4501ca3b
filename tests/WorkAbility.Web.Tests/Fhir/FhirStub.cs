using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace WorkAbility.Web.Tests.Fhir;

/// <summary>
/// A receiving FHIR server for delivery tests: a real HTTP listener on 127.0.0.1 that answers each
/// POST with the status the test sets (503 while "down") and keeps every body it was sent.
/// </summary>
internal sealed class FhirStub : IAsyncDisposable
{
    private readonly WebApplication app;

    public ConcurrentQueue<(string Path, string ContentType, string Body, int Answered)> Received { get; } = new();
    public int Status { get; set; } = StatusCodes.Status201Created;
    public string BaseAddress { get; private set; } = "";

    private FhirStub(WebApplication app) => this.app = app;

    public static async Task<FhirStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new FhirStub(app);
        app.MapPost("/fhir/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var status = stub.Status;
            stub.Received.Enqueue((request.Path, request.ContentType ?? "", body, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        stub.BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/fhir";
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
