using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Consultations;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Consultations;

/// <summary>
/// F35: the expert consultations of the client's case, with their answers, and what the reader may do:
/// ask (the team) and to whom (the expert organisations the client's consent names).
/// </summary>
public static class ListCaseConsultations
{
    public sealed record Item(Guid Id, string To, string AskedBy, DateTimeOffset AskedAt, string Question, string? AnsweredBy, DateTimeOffset? AnsweredAt, string? Answer);

    public sealed record Choice(Guid Id, string Name, OrganisationKind Kind, bool Consented);

    public sealed record View(Guid ClientId, string ClientName, bool HasActiveCase, bool MayAsk, IReadOnlyList<Choice> Experts, IReadOnlyList<Item> Consultations,
        bool HiddenByConsent);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid clientId, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, "consultation.list", ct);
            var actor = access.Actor;
            var supportCase = await db.SupportCases.AsNoTracking().SingleOrDefaultAsync(WorkAbility.Domain.Cases.SupportCase.ActiveOf(clientId), ct);
            var team = supportCase is null ? null : await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
            bool mayAsk = supportCase is not null && actor.ProfessionalId is { } me && CaseTeam.MayWorkOnCase(team, me, supportCase.CoordinatorId, supportCase.OwnerId);
            var experts = (await db.Organisations.AsNoTracking()
                    .Where(o => o.Kind == OrganisationKind.SpecialExpertiseTeam || o.Kind == OrganisationKind.EmploymentServices).ToListAsync(ct))
                .Select(o => new Choice(o.Id, o.Name, o.Kind, access.ConsentedCategories(clientId, o.Id) is not DataCategory.None))
                .OrderBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), true)).ToList();
            // The questions and answers describe the client's health and functioning.
            bool shown = access.MayShow(clientId, DataCategory.HealthData);
            var items = !shown ? [] : await (from k in db.CaseConsultations.AsNoTracking()
                                             where k.ClientId == clientId
                                             join o in db.Organisations on k.ToOrganisationId equals o.Id
                                             join a in db.Professionals on k.AskedById equals a.Id
                                             orderby k.AskedAt descending
                                             select new Item(k.Id, o.Name, a.FirstName + " " + a.LastName, k.AskedAt, k.Question,
                                                 db.Professionals.Where(p => p.Id == k.AnsweredById).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
                                                 k.AnsweredAt, k.Answer)).Take(100).ToListAsync(ct);
            return new View(clientId, client.FullName, supportCase is not null, mayAsk, experts, items, !shown);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapGet("/consultations", async (Guid clientId, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(clientId, ct)))
            .Produces<View>().WithSummary("The expert consultations about the client, with their answers");
}
