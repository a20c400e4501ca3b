using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F12 → F14: the minutes are recorded once; a next meeting agreed in them flows into the plan.</summary>
public static class RecordMinutes
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "meeting.minutes";

    public sealed class Request
    {
        public string? Minutes { get; set; }
        public List<string?> Decisions { get; set; } = [];
        public DateTimeOffset? NextMeetingAt { get; set; }

        /// <summary>For a meeting the client was invited to: whether they came (false records a no-show).</summary>
        public bool? ClientAttended { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Guid meetingId, Request request, CancellationToken ct)
        {
            var work = await access.LoadTeamForChange(clientId, Change, ct, membersOnly: true);
            var meeting = await TeamWork.Meeting(db, work.Case.Id, meetingId, ct);
            var now = clock.GetUtcNow();
            meeting.RecordMinutes(work.ProfessionalId, request.Minutes, request.Decisions, request.NextMeetingAt, now, request.ClientAttended);
            work.Case.Record(CaseEventKind.MeetingMinutesRecorded, work.ProfessionalId, now);
            var plan = await db.Plans.SingleOrDefaultAsync(p => p.SupportCaseId == work.Case.Id, ct);
            if (plan?.CarryNextMeeting(meeting.NextMeetingAt, work.ProfessionalId, now) is { } version)
            {
                db.PlanVersions.Add(version);
                work.Case.NotePlanSaved(version.Number, work.ProfessionalId, now);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/meetings/{meetingId:guid}/minutes", async (Guid clientId, Guid meetingId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, meetingId, request, ct);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).WithSummary("Records the minutes once; a next meeting flows into the plan");
}
