using System.Net.Http.Headers;
using System.Net.Http.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace WorkAbility.Web.Infrastructure.Messaging;

/// <summary>One notice, ready to go: to whom, a subject (e-mail only) and its text.</summary>
public sealed record OutgoingText(string To, string Subject, string Text);

/// <summary>Sends e-mail through the county's SMTP server (MailKit). Throws on failure; the caller records it and retries.</summary>
public sealed class EmailSender(MessagingSettings settings)
{
    public async Task Send(OutgoingText message, CancellationToken ct)
    {
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(settings.Smtp.From!));
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Text };
        using var smtp = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.TimeoutSeconds).TotalMilliseconds };
        var security = Enum.Parse<SecureSocketOptions>(settings.Smtp.Security);
        await smtp.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await smtp.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", ct);
        }
        await smtp.SendAsync(mail, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}

/// <summary>
/// Sends a text message through the configured HTTP gateway: one JSON POST <c>{ "to", "text", "sender" }</c> to
/// <c>Messaging:Sms:Endpoint</c>; any 2xx answer is success. A county's SMS provider or a Suomi.fi Messages adapter
/// takes this contract (docs/configuration.md).
/// </summary>
public sealed class SmsSender(IHttpClientFactory http, MessagingSettings settings)
{
    public const string HttpClientName = "sms";

    public sealed record Request(string To, string Text, string? Sender);

    public async Task Send(OutgoingText message, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Sms.Endpoint)
        {
            Content = JsonContent.Create(new Request(message.To, message.Text, settings.Sms.Sender)),
        };
        if (!string.IsNullOrEmpty(settings.Sms.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Sms.ApiKey);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}");
        }
    }
}
