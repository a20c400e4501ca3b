using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F12: any team member convenes a meeting with 1–5 proposed times; the participants are told.</summary>
public static class ConveneMeeting
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "meeting.convene";

    public sealed class Request
    {
        public List<DateTimeOffset> ProposedStarts { get; set; } = [];
        public int? DurationMinutes { get; set; }
        public string? Place { get; set; }
        public string? VideoLink { get; set; }
        public List<Guid> ParticipantIds { get; set; } = [];
        public bool ClientTakesPart { get; set; }
        public bool CloseParticipantTakesPart { get; set; }

        /// <summary>The meeting has already taken place at its one time; it is recorded afterwards so its minutes can be written.</summary>
        public bool AlreadyHeld { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadTeamForChange(clientId, Change, ct, membersOnly: true);
            var now = clock.GetUtcNow();
            var meeting = TeamMeeting.Convene(work.RequireTeam(), work.ProfessionalId, request.ProposedStarts, request.DurationMinutes, request.Place,
                request.VideoLink, request.ParticipantIds, request.ClientTakesPart, request.CloseParticipantTakesPart, now, request.AlreadyHeld);
            db.Meetings.Add(meeting);
            work.Case.Record(CaseEventKind.MeetingConvened, work.ProfessionalId, now);
            work.Case.Tell(WhoIsTold.MeetingConvened(work.Case.Id, meeting.ParticipantIds, work.ProfessionalId, now, request.AlreadyHeld));
            await db.SaveChangesAsync(ct);
            return meeting.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/meetings", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/team", new { id = await handler.Handle(clientId, request, ct) }))
            .Produces(StatusCodes.Status201Created).WithSummary("Any team member convenes a meeting with 1–5 proposed times, or records one already held (alreadyHeld: its one past time) to write its minutes");
}
