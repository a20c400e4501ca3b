using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkAbility.Data;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Features.Messages;
using WorkAbility.Web.Tests.Access;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Messages;

/// <summary>
/// F40's notices through a real SMTP server and a real HTTP receiver on 127.0.0.1: a team's message is told on the channels
/// the client chose, once, with no word of the message in it; a server that is down is tried again with growing waits; two
/// app nodes sending at once send each notice once; a meeting is reminded two days and two hours before; a channel turned
/// off is not used.
/// </summary>
public class TellingTheClientOnTheirOwnPhoneTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Messaging(int smtpPort, string? smsEndpoint = null) => new()
    {
        ["Messaging:Smtp:Host"] = "127.0.0.1",
        ["Messaging:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messaging:Smtp:From"] = "Työkyvyn tuki <ei-vastausta@hyvinvointialue.example>",
        ["Messaging:Smtp:Security"] = "None",
        ["Messaging:Sms:Endpoint"] = smsEndpoint ?? "",
        ["Messaging:PublicAddress"] = "https://tyokyvyntuki.example/",
        ["Messaging:RoundsEnabled"] = "false", // the tests run the rounds themselves (a clock moved by days would tick the timer)
        ["Messaging:FirstRetrySeconds"] = "60",
    };

    /// <summary>
    /// The demo county's clients with a team chose e-mail notices, so their meetings are reminded too; these tests count the
    /// notices of the clients they make, so the county's own are turned off first.
    /// </summary>
    private static async Task QuietTheDemoCounty(WorkAbilityApp app)
    {
        await using var db = app.NewDbContext();
        await db.Clients.ExecuteUpdateAsync(u => u.SetProperty(c => c.NoticeByEmail, false).SetProperty(c => c.NoticeBySms, false), Ct);
    }

    private static async Task<int> Round(WorkAbilityApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MeetingNotices>().QueueDue(Ct);
        return await scope.ServiceProvider.GetRequiredService<NoticeDelivery>().RunOnce(Ct);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ATeamsMessage_IsToldByEmailAndText_AsTheClientChose_WithNoWordOfIt(DatabaseProvider provider)
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var sms = await SmsReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, settings: Messaging(smtp.Port, sms.Address));
        await QuietTheDemoCounty(app);
        var scenario = await TeamScenario.Create(app);
        var me = await app.SignedInAs("asiakas-" + scenario.ClientId.ToString("N"));

        // Choosing a channel needs its address; a wrong one is named at its field.
        var missing = await me.PutAsJsonAsync("/api/me/notification-channels", new { email = true, sms = false }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("emailAddress", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var wrong = await me.PutAsJsonAsync("/api/me/notification-channels", new { email = true, emailAddress = "ei osoite" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsJsonAsync("/api/me/notification-channels",
            new { email = true, sms = true, emailAddress = "tiimi.asiakas@example.fi", phone = "040 123 4567" }, Ct)).StatusCode);
        var channels = (await me.GetFromJsonAsync<JsonElement>("/api/me/messages", Ct)).GetProperty("channels");
        Assert.True(channels.GetProperty("email").GetBoolean() && channels.GetProperty("sms").GetBoolean());

        // The nurse writes twice before the round: one notice per channel, not one per message.
        Assert.Equal(HttpStatusCode.Created, (await scenario.Nurse.PostAsJsonAsync($"/api/clients/{scenario.ClientId}/messages",
            new { subject = "Lausunto", text = "Masennusdiagnoosi kirjattiin lausuntoon." }, Ct)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Created, (await scenario.Nurse.PostAsJsonAsync($"/api/clients/{scenario.ClientId}/messages",
            new { subject = "Toinen", text = "Toinen viesti." }, Ct)).StatusCode);
        Assert.Equal(2, await Round(app));
        Assert.Equal(0, await Round(app));

        var mail = Assert.Single(smtp.Received);
        Assert.Equal("tiimi.asiakas@example.fi", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Uusi viesti Työkyvyn tuessa", mail.Subject);
        Assert.Contains("https://tyokyvyntuki.example/oma/viestit", mail.TextBody, StringComparison.Ordinal);
        var text = Assert.Single(sms.Received);
        Assert.Equal("040 123 4567", text.GetProperty("to").GetString());
        foreach (var body in new[] { mail.TextBody + mail.Subject, text.GetRawText() })
        {
            foreach (var word in new[] { "Masennus", "diagnoosi", "Lausunto", "Tiimiläinen", "Hanna", "010203A9057" })
            {
                Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Turned off, the channel is not used even for a notice already queued.
        Assert.Equal(HttpStatusCode.Created, (await scenario.Nurse.PostAsJsonAsync($"/api/clients/{scenario.ClientId}/messages",
            new { subject = "Kolmas", text = "Kolmas viesti." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsJsonAsync("/api/me/notification-channels", new { email = false, sms = true }, Ct)).StatusCode);
        Assert.Equal(1, await Round(app));
        Assert.Single(smtp.Received);
        Assert.Equal(2, sms.Received.Count);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.ClientNotices.CountAsync(n => n.ClientId == scenario.ClientId && n.Status == ClientNoticeStatus.Cancelled, Ct));
        // The client's own message tells nobody by e-mail or text: the team reads it in the service.
        Assert.Equal(HttpStatusCode.Created, (await me.PostAsJsonAsync("/api/me/messages", new { subject = "Kiitos", text = "Kiitos tiedosta." }, Ct)).StatusCode);
        Assert.Equal(0, await db.ClientNotices.CountAsync(n => n.Status == ClientNoticeStatus.Pending, Ct));
    }

    [Fact]
    public async Task OnTheMessagesPage_TheClientChoosesAndStops_AndAMistakeKeepsWhatWasTyped()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, settings: Messaging(LocalSmtpServer.FreePort()));
        await QuietTheDemoCounty(app);
        var scenario = await TeamScenario.Create(app);
        var me = await app.SignedInAs("asiakas-" + scenario.ClientId.ToString("N"));
        var refused = await PageForms.Post(me, "/oma/viestit", "notice-channels", [new("Channels.Sms", "true"), new("Channels.EmailAddress", "oma@example.fi")]);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Anna puhelinnumero, jotta voit saada ilmoitukset tekstiviestinä.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"oma@example.fi\"", html, StringComparison.Ordinal);
        var saved = await PageForms.Post(me, "/oma/viestit", "notice-channels", [new("Channels.Email", "true"), new("Channels.EmailAddress", "oma@example.fi")]);
        Assert.Contains("Valintasi on tallennettu.", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == scenario.ClientId, Ct);
            Assert.Equal((true, false, "oma@example.fi"), (client.NoticeByEmail, client.NoticeBySms, client.Email));
        }
        // Stopping is clearing the choice: an unticked box sends nothing.
        await PageForms.Post(me, "/oma/viestit", "notice-channels", []);
        await using (var db = app.NewDbContext())
        {
            var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == scenario.ClientId, Ct);
            Assert.Equal((false, false, "oma@example.fi"), (client.NoticeByEmail, client.NoticeBySms, client.Email));
            // One request, one entry: each post is logged once as the change.
            Assert.Equal(3, await db.AccessLog.CountAsync(e => e.ClientId == scenario.ClientId && e.Resource == "me.messages.channels", Ct));
        }
    }

    [Fact]
    public async Task WhileTheMailServerIsDown_TheNoticeWaitsLongerEachTime_AndGoesOnceWhenItReturns()
    {
        var port = LocalSmtpServer.FreePort();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database, settings: Messaging(port));
        await QuietTheDemoCounty(app);
        var scenario = await TeamScenario.Create(app);
        var me = await app.SignedInAs("asiakas-" + scenario.ClientId.ToString("N"));
        await me.PutAsJsonAsync("/api/me/notification-channels", new { email = true, emailAddress = "odottaja@example.fi" }, Ct);
        await scenario.Nurse.PostAsJsonAsync($"/api/clients/{scenario.ClientId}/messages", new { subject = "Aika", text = "Uusi aika." }, Ct);

        Assert.Equal(0, await Round(app));
        ClientNotice waiting;
        await using (var db = app.NewDbContext())
        {
            waiting = await db.ClientNotices.AsNoTracking().SingleAsync(Ct);
            Assert.Equal((ClientNoticeStatus.Pending, 1), (waiting.Status, waiting.Attempts));
            Assert.Equal(app.Clock.GetUtcNow().AddSeconds(60), waiting.NextAttemptAt);
            Assert.DoesNotContain("odottaja", waiting.LastError, StringComparison.Ordinal);
        }
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(0, await Round(app));
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(app.Clock.GetUtcNow().AddSeconds(120), (await db.ClientNotices.AsNoTracking().SingleAsync(Ct)).NextAttemptAt);
        }

        await using var smtp = LocalSmtpServer.Start(port);
        Assert.Equal(0, await Round(app)); // not yet due
        app.Clock.Advance(TimeSpan.FromSeconds(120));
        Assert.Equal(1, await Round(app));
        Assert.Single(smtp.Received);
        Assert.Equal(0, await Round(app));
    }

    [Fact]
    public async Task TwoNodesSendingAtOnce_SendEachNoticeOnce()
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, cluster);
        await using var first = new WorkAbilityApp(database, settings: Messaging(smtp.Port));
        await QuietTheDemoCounty(first);
        var scenario = await TeamScenario.Create(first);
        await using var second = new WorkAbilityApp(database, seedDemoData: false, settings: Messaging(smtp.Port));
        second.Clock.SetUtcNow(first.Clock.GetUtcNow());
        var me = await first.SignedInAs("asiakas-" + scenario.ClientId.ToString("N"));
        await me.PutAsJsonAsync("/api/me/notification-channels", new { email = true, emailAddress = "kaksi.solmua@example.fi" }, Ct);
        await using (var db = first.NewDbContext())
        {
            var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == scenario.ClientId, Ct);
            // Sixty notices waiting at once (as after an outage): more than a claim takes in one go.
            for (int i = 0; i < 60; i++)
            {
                db.ClientNotices.AddRange(ClientNotice.For(client, ClientNoticeKind.NewMessage, Guid.NewGuid(), first.Clock.GetUtcNow()));
            }
            await db.SaveChangesAsync(Ct);
        }
        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => Round(i % 2 == 0 ? first : second), Ct)));
        Assert.Equal(60, sent.Sum());
        Assert.Equal(60, smtp.Received.Count);
        await using (var db = first.NewDbContext())
        {
            Assert.Equal(60, await db.ClientNotices.CountAsync(n => n.Status == ClientNoticeStatus.Sent && n.Attempts == 1, Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AMeeting_IsRemindedTwoDaysAndTwoHoursBefore_OnceEach(DatabaseProvider provider)
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var database = await TestDatabase.CreateAsync(provider, cluster);
        await using var app = new WorkAbilityApp(database, settings: Messaging(smtp.Port));
        await QuietTheDemoCounty(app);
        var scenario = await TeamScenario.Create(app);
        await scenario.GiveConsent();
        var me = await app.SignedInAs("asiakas-" + scenario.ClientId.ToString("N"));
        await me.PutAsJsonAsync("/api/me/notification-channels", new { email = true, emailAddress = "kokous@example.fi" }, Ct);
        var start = app.Clock.GetUtcNow().AddDays(5);
        var convened = await scenario.Nurse.PostAsJsonAsync($"/api/clients/{scenario.ClientId}/meetings", new
        {
            proposedStarts = new[] { start }, durationMinutes = 60, place = "Sote-keskus", clientTakesPart = true,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, convened.StatusCode);
        // Counted by this client's address: a demo client who chose e-mail may have a meeting of their own coming.
        int Mine() => smtp.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == "kokous@example.fi"));
        await Round(app);
        Assert.Equal(0, Mine());
        app.Clock.SetUtcNow(start.AddHours(-47));
        await Round(app);
        await Round(app);
        Assert.Equal(1, Mine());
        app.Clock.SetUtcNow(start.AddMinutes(-90));
        await Round(app);
        app.Clock.SetUtcNow(start.AddMinutes(-30));
        await Round(app);
        Assert.Equal(2, Mine());
        Assert.Equal<string>(["Muistutus tapaamisesta", "Tapaaminen pian"], smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == "kokous@example.fi")).Select(m => m.Subject ?? "").ToArray());
        Assert.All(smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == "kokous@example.fi")),
            m => Assert.Contains("https://tyokyvyntuki.example/oma/tiimi", m.TextBody, StringComparison.Ordinal));
    }

    /// <summary>A text message gateway on 127.0.0.1 that takes the documented contract and keeps what it was sent.</summary>
    private sealed class SmsReceiver : IAsyncDisposable
    {
        private readonly WebApplication app;

        public ConcurrentQueue<JsonElement> Received { get; } = new();
        public string Address { get; private set; } = "";

        private SmsReceiver(WebApplication app) => this.app = app;

        public static async Task<SmsReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new SmsReceiver(app);
            app.MapPost("/sms", async (HttpRequest request) =>
            {
                receiver.Received.Enqueue(await JsonSerializer.DeserializeAsync<JsonElement>(request.Body));
                return Results.Accepted();
            });
            await app.StartAsync();
            receiver.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/sms";
            return receiver;
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
