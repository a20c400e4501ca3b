using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>F20: a follow-up contact with the client; it meets the dues up to a week ahead.</summary>
public static class RecordContact
{
    public sealed class Request
    {
        public DateOnly? ContactOn { get; set; }
        public FollowUpChannel? Channel { get; set; }
        public string? Summary { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForFollowUp(clientId, "follow-up.contact", ct);
            var now = clock.GetUtcNow();
            var contact = FollowUpContact.Record(work.Case.Id, request.ContactOn, request.Channel, request.Summary, work.ProfessionalId, now, FinnishCalendar.DateOf(now));
            db.FollowUpContacts.Add(contact);
            await FollowUpWork.MeetDues(db, work.Case.Id, contact.ContactOn, ct);
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
