using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Consultations;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>
/// F35: the client's team (or coordinator, or the low-threshold route's owner) consults a special expertise
/// team, the competence centre or TYP about the named client — only with a consent naming that organisation.
/// </summary>
public static class AskExpert
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "consultation.ask";

    public sealed record Request(Guid? ToOrganisationId, string? Question);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var work = await access.LoadCaseForWrite(clientId, Change, ct);
            if (!CaseTeam.MayWorkOnCase(work.Team, work.ProfessionalId, work.Case.CoordinatorId, work.Case.OwnerId))
            {
                throw new DomainRuleException("consultation_by_team");
            }
            var to = request.ToOrganisationId is { } id ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) : null;
            var consented = to is not null && access.ConsentedCategories(clientId, to.Id) is not DataCategory.None;
            var now = clock.GetUtcNow();
            var consultation = CaseConsultation.Ask(work.Case.Id, clientId, to, consented, request.Question, work.ProfessionalId, now);
            db.CaseConsultations.Add(consultation);
            work.Case.Record(CaseEventKind.ExpertConsulted, work.ProfessionalId, now, new CaseEventDetail.Text(to!.Name));
            await db.SaveChangesAsync(ct);
            return consultation.Id;
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/consultations", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            {
                var id = await handler.Handle(clientId, request, ct);
                return Results.Created($"/api/clients/{clientId}/consultations", new { id });
            }).Produces(StatusCodes.Status201Created)
            .WithSummary("The client's team consults an expert team, the competence centre or TYP about the named client (consent naming it required)");
}
