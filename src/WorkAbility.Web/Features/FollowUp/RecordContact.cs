using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>F20: a follow-up contact with the client; it meets the dues up to a week ahead.</summary>
public static class RecordContact
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "follow-up.contact";

    public sealed class Request
    {
        public DateOnly? ContactOn { get; set; }
        public FollowUpChannel? Channel { get; set; }
        public string? Summary { get; set; }

        /// <summary>The next follow-up agreed with the client, if one was (F33: the low-threshold route's owner keeps it going this way).</summary>
        public DateOnly? NextFollowUpOn { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForFollowUp(clientId, Change, ct);
            var now = clock.GetUtcNow();
            var today = FinnishCalendar.DateOf(now);
            var contact = FollowUpContact.Record(work.Case.Id, request.ContactOn, request.Channel, request.Summary, work.ProfessionalId, now, today);
            var next = LowThresholdRoute.NextFollowUp(request.NextFollowUpOn, today);
            db.FollowUpContacts.Add(contact);
            await FollowUpWork.MeetDues(db, work.Case.Id, contact.ContactOn, ct);
            if (next is { } on && !await db.FollowUpDues.AnyAsync(d => d.SupportCaseId == work.Case.Id && d.DueOn == on, ct))
            {
                db.FollowUpDues.Add(FollowUpDue.On(work.Case.Id, on));
            }
            work.Case.NoteFollowUp(CaseEventKind.FollowUpContactRecorded, work.ProfessionalId, now);
            await db.SaveChangesAsync(ct);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/follow-up/contacts", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
        {
            await handler.Handle(clientId, request, ct);
            return Results.Created($"/api/clients/{clientId}/follow-up", null);
        }).Produces(StatusCodes.Status201Created);
}
