using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F12: the team fixes the meeting's time among the proposed ones.</summary>
public static class ScheduleMeeting
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "meeting.schedule";

    public sealed record Request(DateTimeOffset? Start);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task Handle(Guid clientId, Guid meetingId, Request request, CancellationToken ct)
        {
            var work = await access.LoadTeamForChange(clientId, Change, ct, membersOnly: true);
            var meeting = await TeamWork.Meeting(db, work.Case.Id, meetingId, ct);
            meeting.Schedule(request.Start ?? throw new DomainValidationException([new FieldError("start", TextRules.Required)]));
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/meetings/{meetingId:guid}/schedule", async (Guid clientId, Guid meetingId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, meetingId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent);
}
