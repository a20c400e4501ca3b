using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Consultations;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>A consultation as its asker and the coordinators see it; no client data exists here, so nothing is access-logged.</summary>
public sealed record ConsultationItem(Guid Id, string Subject, string Question, DateTimeOffset AskedAt, string AskedBy, string AskedByOrganisation,
    string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy, bool Mine)
{
    internal static Task<List<ConsultationItem>> Project(AppDbContext db, IQueryable<AnonymousConsultation> query, Guid? me, CancellationToken ct) =>
        (from c in query
         join asker in db.Professionals on c.AskedById equals asker.Id
         join org in db.Organisations on c.AskedByOrganisationId equals org.Id
         join answerer in db.Professionals on c.AnsweredById equals answerer.Id into answered
         from answerer in answered.DefaultIfEmpty()
         select new ConsultationItem(c.Id, c.Subject, c.Question, c.AskedAt, asker.FirstName + " " + asker.LastName, org.Name,
             c.Answer, c.AnsweredAt, answerer == null ? null : answerer.FirstName + " " + answerer.LastName, c.AskedById == me))
        .ToListAsync(ct);
}
