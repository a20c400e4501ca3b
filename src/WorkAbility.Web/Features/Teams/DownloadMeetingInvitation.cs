using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Features.Teams;

/// <summary>F12: a participant downloads the meeting's invitation (.ics, Europe/Helsinki) for their calendar.</summary>
public static class DownloadMeetingInvitation
{
    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<string> Handle(Guid clientId, Guid meetingId, Guid participantId, string summary, string description, Uri pageUrl, CancellationToken ct)
        {
            await access.ReadClient(clientId, "meeting.invitation", ct);
            var meeting = await db.Meetings.AsNoTracking()
                .SingleOrDefaultAsync(m => m.Id == meetingId && db.SupportCases.Any(c => c.Id == m.SupportCaseId && c.ClientId == clientId && c.Stage != CaseStage.Ended), ct)
                ?? throw DomainRuleException.NotFound("meeting_not_found");
            // The client's own invitation: for a meeting they take part in; they are no attendee the calendar answers for.
            bool forClient = access.Actor.Kind is WorkAbility.Domain.Access.ActorKind.Client;
            if (forClient ? !meeting.ClientTakesPart : !meeting.ParticipantIds.Contains(participantId))
            {
                throw forClient ? DomainRuleException.NotFound("meeting_not_found") : new DomainRuleException("meeting_participant_not_member", "participant");
            }
            var people = await db.Professionals.AsNoTracking().Where(p => meeting.ParticipantIds.Contains(p.Id) || p.Id == meeting.ConvenedById)
                .ToDictionaryAsync(p => p.Id, p => (p.FirstName + " " + p.LastName, p.Username), ct);
            return MeetingInvitation.Create(meeting, participantId, people, summary, description, pageUrl, clock.GetUtcNow());
        }
    }

    /// <summary>The client's own copy of a meeting they take part in, for their calendar (F27).</summary>
    public static void MapMine(RouteGroupBuilder me) =>
        me.MapGet("/meetings/{meetingId:guid}/invitation.ics", async (Guid meetingId, HttpContext http, Handler handler, ClientAccess access,
            IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var page = new Uri($"{http.Request.Scheme}://{http.Request.Host}{MyPaths.Home}");
            var ics = await handler.Handle(access.OwnClientId(), meetingId, Guid.Empty, l["Meeting.InvitationSummary"], l["Meeting.InvitationDescription"], page, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "tyokokous.ics");
        }).WithSummary("The invitation (.ics, Europe/Helsinki) of a meeting I take part in");

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/meetings/{meetingId:guid}/invitation.ics", async (Guid clientId, Guid meetingId, Guid? participant, HttpContext http,
            Handler handler, ClientAccess access, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var me = participant ?? access.RequireProfessional().ProfessionalId!.Value;
            var page = new Uri($"{http.Request.Scheme}://{http.Request.Host}{Paths.Team(clientId)}");
            var ics = await handler.Handle(clientId, meetingId, me, l["Meeting.InvitationSummary"], l["Meeting.InvitationDescription"], page, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "tyokokous.ics");
        }).WithSummary("The meeting invitation (.ics, Europe/Helsinki) for one participant (default: the caller)");
}
