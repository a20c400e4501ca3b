using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Referrals;

/// <summary>What the referral use cases share: the referral as shown, where a referral belongs, who is on the sending team.</summary>
internal static class ReferralReads
{
    public static async Task<IReadOnlyList<ReferralView>> Views(AppDbContext db, IQueryable<Referral> referrals, string language, CancellationToken ct) =>
        (await (from r in referrals.AsNoTracking()
                join s in db.Services on r.ServiceId equals s.Id
                join o in db.Organisations on r.ToOrganisationId equals o.Id
                orderby r.SentAt
                select new { r, Service = s, Provider = o.Name }).ToListAsync(ct))
        .Select(x => new ReferralView(x.r.Id, x.r.PlanActionId, x.r.ServiceId, x.Service.NameIn(language), x.Provider, x.r.Status,
            x.r.SentAt, x.r.StatusChangedAt, x.r.Note, x.r.DeclineReason, x.r.EmploymentOutcome, x.r.HoursPerWeek, x.r.Employer)
        {
            RespondBy = x.r.RespondBy,
            AnsweredAt = x.r.AnsweredAt,
            Outcome = ReferralOutcomeView.Of(x.r),
        }).ToList();

    /// <summary>The referral, its client and case coordinator; an unknown referral looks like a client the caller may not see.</summary>
    public static async Task<(Referral Referral, Guid ClientId, Guid? CoordinatorId)> Locate(AppDbContext db, Guid referralId, CancellationToken ct)
    {
        var found = await (from r in db.Referrals.AsNoTracking()
                           where r.Id == referralId
                           join c in db.SupportCases on r.SupportCaseId equals c.Id
                           select new { r, c.ClientId, c.CoordinatorId }).SingleOrDefaultAsync(ct)
            ?? throw new ClientNotFoundException();
        return (found.r, found.ClientId, found.CoordinatorId);
    }

    /// <summary>The referrals made outside the network in the client's latest case, waiting ones first, then the latest answered.</summary>
    public static async Task<IReadOnlyList<ExternalReferralView>> External(AppDbContext db, Guid clientId, CancellationToken ct)
    {
        var caseId = await db.SupportCases.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.OpenedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        var rows = await db.ExternalReferrals.AsNoTracking().Where(r => r.SupportCaseId == caseId).ToListAsync(ct);
        return rows.OrderBy(r => r.IsWaiting ? 0 : 1).ThenByDescending(r => r.SentOn)
            .Select(r => new ExternalReferralView(r.Id, r.Receiver, r.ReceiverName, r.What, r.SentOn, r.ExpectedBy, r.Note, r.OutcomeCode, r.OutcomeOn, r.OutcomeNote,
                r.Version.ToString("N"))).ToList();
    }

    public static Task<CaseTeam?> Team(AppDbContext db, Guid caseId, CancellationToken ct) =>
        db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == caseId, ct);

    public static async Task<bool> IsOnSendingTeam(AppDbContext db, Guid caseId, Guid? caseCoordinatorId, Guid me, CancellationToken ct) =>
        CaseTeam.MayWorkOnCase(await Team(db, caseId, ct), me, caseCoordinatorId);
}

/// <summary>A referral as the team and the provider see it (F18), with its service level and coded outcome (F41).</summary>
public sealed record ReferralView(Guid Id, Guid? ActionId, Guid ServiceId, string Service, string Provider, ReferralStatus Status,
    DateTimeOffset SentAt, DateTimeOffset StatusChangedAt, string? Note, string? DeclineReason, EmploymentOutcome? EmploymentOutcome, int? HoursPerWeek, string? Employer)
{
    /// <summary>The working day by which the provider accepts or declines.</summary>
    public DateOnly RespondBy { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>Why the loop closed as it did; null while open.</summary>
    public ReferralOutcomeView? Outcome { get; init; }

    /// <summary>Sent but not yet accepted or declined.</summary>
    public bool IsUnanswered => Status is ReferralStatus.Sent or ReferralStatus.Received;

    /// <summary>Unanswered past its respond-by day.</summary>
    public bool IsLate(DateOnly today) => ReferralServiceLevel.IsLate(Status, RespondBy, today);
}

/// <summary>A closed referral's coded outcome: the code, what was delivered (completed), whether the client got the help sought.</summary>
public sealed record ReferralOutcomeView(ReferralOutcomeCode Code, DeliveredView? Delivered, bool? GotHelp)
{
    public static ReferralOutcomeView? Of(Referral r) => r.OutcomeCode is { } code
        ? new(code, r.DeliveredAmount is { } amount && r.DeliveredUnit is { } unit ? new DeliveredView(r.ServiceId, amount, unit) : null, r.GotHelp)
        : null;
}

/// <summary>A referral made outside the network and what came of it (F41).</summary>
public sealed record ExternalReferralView(Guid Id, ExternalReceiver Receiver, string ReceiverName, string What, DateOnly SentOn, DateOnly? ExpectedBy,
    string? Note, ReferralOutcomeCode? OutcomeCode, DateOnly? OutcomeOn, string? OutcomeNote, string Version)
{
    public bool IsWaiting => OutcomeCode is null;
}

/// <summary>How much of the service was delivered.</summary>
public sealed record DeliveredView(Guid ServiceId, int Amount, DeliveryUnit Unit);
