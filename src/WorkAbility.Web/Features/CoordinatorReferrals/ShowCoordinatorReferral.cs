using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.CoordinatorReferrals;

/// <summary>
/// F31: one saatelomake. Its sender reads where it is (and why it came back); a coordinator of the
/// receiving sote-centre reads all of it, with the county's clients who may be the person, and by
/// opening it tells the sender it has arrived. Anyone else gets "not found".
/// </summary>
public static class ShowCoordinatorReferral
{
    public const int MaxCandidates = 10;

    public sealed record Candidate(Guid ClientId, string Name, string IdentityCode, string Municipality, bool HasActiveCase);

    public sealed record Details(string? IdentityCode, DateOnly? BirthDate, string? Phone, string Municipality, string Concern, string? ClientsOwnWords,
        string? Tried, IReadOnlyList<ReferredService> ExistingServices, string? ContactPreference, ReferralConsentBasis ConsentBasis,
        DateOnly ConsentGivenOn, string? ConsentHeardBy, string SenderName, string SenderOrganisation, OrganisationKind? SenderOrganisationKind,
        string? SenderPhone, string? SenderEmail, int DaysWaiting, IReadOnlyList<Candidate> Candidates, Guid? ClientId)
    {
        public string FirstName { get; init; } = "";
        public string LastName { get; init; } = "";
    }

    public sealed record View(Guid Id, CoordinatorReferralReader Reader, string Person, CoordinatorReferralStatus Status, DateTimeOffset SentAt,
        DateTimeOffset StatusChangedAt, string ToOrganisation, string? HandledBy, string? HandledByPhone, string? HandledByEmail,
        ReferralReturnReason? ReturnReason, string? ReturnNote, Details? Details);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<View> Handle(Guid id, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var referral = await db.CoordinatorReferrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
            var reader = referral?.ReaderOf(actor.ProfessionalId, actor.OrganisationId, actor.Role is StaffRole.Coordinator) ?? CoordinatorReferralReader.None;
            if (referral is null || reader is CoordinatorReferralReader.None)
            {
                throw new ClientNotFoundException();
            }
            var now = clock.GetUtcNow();
            if (reader is CoordinatorReferralReader.Receiver && referral.Status is CoordinatorReferralStatus.Sent)
            {
                // Applied in SQL on the status it had, so two coordinators opening it at once both succeed and the first one counts.
                var me = actor.ProfessionalId!.Value;
                await db.CoordinatorReferrals.Where(r => r.Id == id && r.Status == CoordinatorReferralStatus.Sent)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, CoordinatorReferralStatus.Received)
                        .SetProperty(r => r.StatusChangedAt, now).SetProperty(r => r.HandledById, me).SetProperty(r => r.Version, Guid.NewGuid()), ct);
                referral = await db.CoordinatorReferrals.AsNoTracking().SingleAsync(r => r.Id == id, ct);
            }
            var to = await db.Organisations.AsNoTracking().Where(o => o.Id == referral.ToOrganisationId).Select(o => o.Name).SingleAsync(ct);
            var handler = referral.HandledById is { } h ? await db.Professionals.AsNoTracking().SingleAsync(p => p.Id == h, ct) : null;
            Details? details = null;
            if (reader is CoordinatorReferralReader.Receiver)
            {
                // The person's own request (F40) has no sending professional or organisation.
                var sender = await db.Professionals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == referral.SentById, ct);
                var from = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == referral.FromOrganisationId, ct);
                var candidates = referral.IsWaiting ? await Candidates(referral, ct) : [];
                await access.LogThroughCoordinatorReferral(candidates.Select(c => c.ClientId).ToList(), AccessAction.Read, "coordinator-referral.match", ct);
                details = new Details(referral.PersonalIdentityCode, referral.PersonBirthDate, referral.Phone, referral.Municipality, referral.Concern,
                    referral.ClientsOwnWords, referral.Tried, referral.ExistingServices, referral.ContactPreference, referral.ConsentBasis,
                    referral.ConsentGivenOn, referral.ConsentHeardBy, sender?.DisplayName ?? "", from?.Name ?? "", from?.Kind, sender?.WorkPhone, sender?.WorkEmail,
                    ListCoordinatorReferrals.DaysBetween(referral.SentAt, referral.IsWaiting ? now : referral.StatusChangedAt), candidates, referral.ClientId)
                {
                    FirstName = referral.FirstName,
                    LastName = referral.LastName,
                };
            }
            if (referral.ClientId is { } clientId)
            {
                await access.LogThroughCoordinatorReferral([clientId], AccessAction.Read,
                    reader is CoordinatorReferralReader.Receiver ? "coordinator-referral.view" : "coordinator-referral.status", ct);
            }
            return new View(referral.Id, reader, referral.FullName, referral.Status, referral.SentAt, referral.StatusChangedAt, to,
                handler?.DisplayName, handler?.WorkPhone, handler?.WorkEmail, referral.ReturnReason, referral.ReturnNote, details);
        }

        /// <summary>The county's clients who may be the person: the same identity code, or the same last name and birth date.</summary>
        private async Task<IReadOnlyList<Candidate>> Candidates(CoordinatorReferral referral, CancellationToken ct)
        {
            List<Client> clients;
            if (referral.PersonalIdentityCode is { } text)
            {
                var code = PersonalIdentityCode.Parse(text);
                clients = await db.Clients.AsNoTracking().Where(c => c.PersonalIdentityCode == code).ToListAsync(ct);
            }
            else
            {
                // The code begins with the birth date; the last name's index narrows the search first.
                clients = await db.ClientsWithBirthDatePrefix(referral.BirthDate!.Value).AsNoTracking()
                    .Where(c => c.LastName == referral.LastName)
                    .OrderBy(c => c.FirstName).Take(MaxCandidates * 2).ToListAsync(ct);
            }
            clients = clients.Where(referral.MayBe).Take(MaxCandidates).ToList();
            var ids = clients.Select(c => c.Id).ToList();
            var active = await db.SupportCases.AsNoTracking().Where(s => ids.Contains(s.ClientId) && s.Stage != CaseStage.Ended)
                .Select(s => s.ClientId).ToListAsync(ct);
            return clients.Select(c => new Candidate(c.Id, c.LastName + ", " + c.FirstName, c.PersonalIdentityCode.Value, c.Municipality, active.Contains(c.Id))).ToList();
        }
    }

    public static void Map(RouteGroupBuilder referrals) =>
        referrals.MapGet("/{id:guid}", async (Guid id, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(id, ct)))
            .Produces<View>().Produces(StatusCodes.Status404NotFound)
            .WithSummary("One saatelomake: its status for the sender; all of it, with possible matches, for the receiving coordinators");
}
