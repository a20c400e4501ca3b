using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>
/// F35: the consulted organisation's inbox — open questions about named clients, oldest first. Each client
/// shown passes the access door (the consent must name the organisation) and is logged.
/// </summary>
public static class ListExpertInbox
{
    public const int PageSize = 100;

    public sealed record Row(Guid Id, Guid ClientId, string ClientName, string AskedBy, string FromOrganisation, DateTimeOffset AskedAt, string Question);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<IReadOnlyList<Row>> Handle(CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var org = actor.OrganisationId!.Value;
            var rows = await (from k in db.CaseConsultations.AsNoTracking()
                              where k.ToOrganisationId == org && k.AnsweredAt == null
                              join c in db.Clients on k.ClientId equals c.Id
                              join a in db.Professionals on k.AskedById equals a.Id
                              join o in db.Organisations on a.OrganisationId equals o.Id
                              orderby k.AskedAt
                              select new { k.Id, k.ClientId, c.RegisteredAtOrganisationId, c.FirstName, c.LastName, AskedBy = a.FirstName + " " + a.LastName,
                                  From = o.Name, k.AskedAt, k.Question }).Take(PageSize).ToListAsync(ct);
            var visible = await access.Visible(rows.Select(r => (r.ClientId, r.RegisteredAtOrganisationId)).Distinct().ToList(), "consultation.inbox", ct);
            return rows.Where(r => visible.Contains(r.ClientId))
                .Select(r => new Row(r.Id, r.ClientId, r.LastName + ", " + r.FirstName, r.AskedBy, r.From, r.AskedAt, r.Question)).ToList();
        }
    }

    public static void Map(RouteGroupBuilder consultations) =>
        consultations.MapGet("/about-clients", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .Produces<IReadOnlyList<Row>>().WithSummary("Open consultations about named clients sent to my organisation, oldest first");
}
