using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>
/// F40: the client answers a meeting's invitation — they come, they cannot, or they ask for another time with a note.
/// The team sees the answer on the meeting. Only a meeting of the client's own running case that they are invited to.
/// </summary>
public static class AnswerInvitation
{
    public const string Change = "me.meeting.answer";

    /// <summary>Bindable from the page's form and the API's JSON alike; the answer by its name (Attending, Declined, AnotherTime).</summary>
    public sealed class Request
    {
        public Guid? MeetingId { get; set; }
        public string? Answer { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid meetingId, Request request, CancellationToken ct)
        {
            var clientId = access.OwnClientId();
            await access.LoadClientForWrite(clientId, Change, ct);
            var meeting = await db.Meetings
                .SingleOrDefaultAsync(m => m.Id == meetingId && m.ClientTakesPart &&
                    db.SupportCases.Any(c => c.Id == m.SupportCaseId && c.ClientId == clientId && c.Stage != CaseStage.Ended), ct)
                ?? throw DomainRuleException.NotFound("meeting_not_found");
            meeting.AnswerByClient(request.Answer, request.Note, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    public static void MapMine(RouteGroupBuilder me) =>
        me.MapPost("/meetings/{meetingId:guid}/response", async (Guid meetingId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(meetingId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).DisableAntiforgery()
        .WithSummary("My answer to a meeting's invitation: { answer: Attending | Declined | AnotherTime, note } (a note is needed for another time)");
}
