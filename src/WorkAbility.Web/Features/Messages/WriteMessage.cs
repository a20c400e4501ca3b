using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Messages;
using WorkAbility.Domain.Notifications;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Messages;

/// <summary>
/// F40: the client or a professional taking part in the case writes — a new thread (a subject and the first message) or
/// an answer in a thread. Only on the active case; a professional outside the case's team is answered "not found".
/// Writing in a thread marks the other side's messages in it read (an answer is a reading).
/// </summary>
public static class WriteMessage
{
    /// <summary>The access log's names for writing: by the client, by a professional.</summary>
    public const string OwnChange = "me.messages.write", Change = "messages.write";

    /// <summary>Bindable from the page's form and the API's JSON alike; <see cref="Subject"/> only for a new thread.</summary>
    public sealed class Request
    {
        public string? Subject { get; set; }
        public string? Text { get; set; }
    }

    public sealed record Written(Guid ThreadId, Guid MessageId);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        /// <param name="clientId">The client a professional writes to; none when the signed-in client writes.</param>
        /// <param name="threadId">The thread answered; none for a new thread.</param>
        public async Task<Written> Handle(Guid? clientId, Guid? threadId, Request request, CancellationToken ct)
        {
            var own = clientId is null;
            var id = clientId ?? access.OwnClientId();
            var writer = own ? MessageWriter.Client : new MessageWriter(access.RequireProfessional().ProfessionalId);
            var (client, caseIds) = await access.OpenTakingPart(id, AccessAction.Create, own ? OwnChange : Change, ct);
            MessageThread? thread = null;
            if (threadId is { } tid)
            {
                thread = await db.MessageThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tid && t.ClientId == id, ct);
                if (thread is null || !caseIds.Contains(thread.SupportCaseId))
                {
                    throw new ClientNotFoundException();
                }
            }
            var onCase = await MessageReading.WritableCase(db, access.FactsOf(id), ct);
            if (onCase is null || thread is not null && thread.SupportCaseId != onCase.CaseId)
            {
                throw new DomainRuleException("messages_case_ended");
            }
            var now = clock.GetUtcNow();
            CaseMessage message;
            if (thread is null)
            {
                (thread, message) = MessageThread.Start(onCase, writer, request.Subject, request.Text, now);
                db.MessageThreads.Add(thread);
            }
            else
            {
                message = thread.Reply(onCase, writer, request.Text, now);
            }
            db.CaseMessages.Add(message);
            // The team's message is told on the client's own phone or e-mail, as they chose, in the same transaction; while a
            // notice of a new message still waits to go, another would only repeat it.
            if (!own && (client.NoticeByEmail || client.NoticeBySms) &&
                !await db.ClientNotices.AnyAsync(n => n.ClientId == id && n.Kind == ClientNoticeKind.NewMessage && n.Status == ClientNoticeStatus.Pending, ct))
            {
                db.ClientNotices.AddRange(ClientNotice.For(client, ClientNoticeKind.NewMessage, message.Id, now));
            }
            await db.SaveChangesAsync(ct);
            var fromOtherSide = !own;
            var threadOf = thread.Id;
            await db.CaseMessages.Where(m => m.ThreadId == threadOf && m.FromClient == fromOtherSide && m.ReadAt == null && m.SentAt <= now)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.ReadAt, now), ct);
            return new Written(thread.Id, message.Id);
        }
    }

    public static void MapOwn(RouteGroupBuilder me)
    {
        me.MapPost("/messages", async (Request request, Handler handler, CancellationToken ct) =>
                Created(await handler.Handle(null, null, request, ct), "/api/me/messages"))
            .Produces<Written>(StatusCodes.Status201Created).WithSummary("Start a thread with the team: { subject, text }");
        me.MapPost("/messages/{threadId:guid}", async (Guid threadId, Request request, Handler handler, CancellationToken ct) =>
                Created(await handler.Handle(null, threadId, request, ct), "/api/me/messages"))
            .Produces<Written>(StatusCodes.Status201Created).WithSummary("Answer in a thread: { text }");
    }

    public static void MapClient(RouteGroupBuilder client)
    {
        client.MapPost("/messages", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
                Created(await handler.Handle(clientId, null, request, ct), $"/api/clients/{clientId}/messages"))
            .Produces<Written>(StatusCodes.Status201Created).WithSummary("Start a thread with the client: { subject, text }");
        client.MapPost("/messages/{threadId:guid}", async (Guid clientId, Guid threadId, Request request, Handler handler, CancellationToken ct) =>
                Created(await handler.Handle(clientId, threadId, request, ct), $"/api/clients/{clientId}/messages"))
            .Produces<Written>(StatusCodes.Status201Created).WithSummary("Answer in a thread: { text }");
    }

    private static IResult Created(Written written, string list) => Results.Created($"{list}#{written.ThreadId}", written);
}
