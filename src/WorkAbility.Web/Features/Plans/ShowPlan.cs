using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Plans;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Plans;

/// <summary>F14: the team's plan as the plan page, the print view and the API show it, with what the form offers.</summary>
public static class ShowPlan
{
    public sealed record Choice(Guid Id, string Name);

    public sealed record VersionInfo(int Number, string SavedBy, DateTimeOffset SavedAt);

    public sealed record WaitingElsewhere(string What, string ReceiverName, DateOnly SentOn, DateOnly? ExpectedBy);

    public sealed record View(Guid ClientId, string ClientName, Guid? CaseId, CaseStage? Stage, bool TeamFormed, SupportPlan? Plan,
        IReadOnlyList<VersionInfo> Versions, IReadOnlyList<Choice> TeamMembers, IReadOnlyList<Choice> Organisations,
        IReadOnlyList<ServiceView> Services, IReadOnlyDictionary<Guid, string> People, string? CaseManager,
        DateTimeOffset? NextMeetingFromMinutes, IReadOnlyDictionary<Guid, ReferralStatus> ReferralStatuses)
    {
        /// <summary>What the client waits for from outside the network (F41): referrals and applications the team recorded, still unanswered.</summary>
        public IReadOnlyList<WaitingElsewhere> WaitingElsewhere { get; init; } = [];

        /// <summary>The language the client reads (fi, sv, en): printouts for the client are offered in it first (F27).</summary>
        public string ClientLanguage { get; init; } = WorkAbility.Domain.Clients.Client.DefaultLanguage;
    }

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Guid clientId, string language, CancellationToken ct)
        {
            var client = await access.ReadClient(clientId, "plan.view", ct);
            var supportCase = await CurrentCase.Of(db, clientId, ct);
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
            var services = (await db.Services.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Category).ThenBy(s => s.Name).ToListAsync(ct))
                .Select(s => ServiceView.Of(s, language)).ToList();
            if (supportCase is null)
            {
                return new View(clientId, client.FullName, null, null, false, null, [], [], organisations, services, new Dictionary<Guid, string>(), null, null,
                    new Dictionary<Guid, ReferralStatus>()) { ClientLanguage = client.PreferredLanguage };
            }
            var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.SupportCaseId == supportCase.Id, ct);
            var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.SupportCaseId == supportCase.Id, ct);
            var versions = plan is null ? [] : await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).OrderByDescending(v => v.Number)
                .Select(v => new { v.Number, v.SavedById, v.SavedAt }).ToListAsync(ct);
            var memberIds = team?.CurrentMemberIds.ToList() ?? [];
            var peopleIds = memberIds.Concat(versions.Select(v => v.SavedById))
                .Concat(plan?.Content.Actions.Select(a => a.ResponsibleProfessionalId).OfType<Guid>() ?? []).Distinct().ToList();
            var people = await db.Professionals.AsNoTracking().Where(p => peopleIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            var nextFromMinutes = await db.Meetings.AsNoTracking().Where(m => m.SupportCaseId == supportCase.Id && m.NextMeetingAt != null)
                .OrderByDescending(m => m.MinutesRecordedAt).Select(m => m.NextMeetingAt).FirstOrDefaultAsync(ct);
            // Where each action's referral is (F18): the latest referral per action.
            var referrals = (await db.Referrals.AsNoTracking().Where(r => r.SupportCaseId == supportCase.Id && r.PlanActionId != null)
                    .Select(r => new { r.PlanActionId, r.Status, r.SentAt }).ToListAsync(ct))
                .OrderBy(r => r.SentAt).GroupBy(r => r.PlanActionId!.Value).ToDictionary(g => g.Key, g => g.Last().Status);
            var waiting = await db.ExternalReferrals.AsNoTracking().Where(r => r.SupportCaseId == supportCase.Id && r.OutcomeCode == null)
                .OrderBy(r => r.SentOn).Select(r => new WaitingElsewhere(r.What, r.ReceiverName, r.SentOn, r.ExpectedBy)).ToListAsync(ct);
            return new View(clientId, client.FullName, supportCase.Id, supportCase.Stage, team is not null, plan,
                versions.Select(v => new VersionInfo(v.Number, people.GetValueOrDefault(v.SavedById, ""), v.SavedAt)).ToList(),
                memberIds.Select(id => new Choice(id, people.GetValueOrDefault(id, ""))).OrderBy(c => c.Name).ToList(),
                organisations, services, people, team is null ? null : people.GetValueOrDefault(team.CaseManagerId), nextFromMinutes, referrals)
            { ClientLanguage = client.PreferredLanguage, WaitingElsewhere = waiting };
        }
    }

    public static void Map(RouteGroupBuilder plan) =>
        plan.MapGet("/", async (Guid clientId, Handler handler, CancellationToken ct) =>
        {
            var view = await handler.Handle(clientId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
            return view.Plan is { } current
                ? Results.Ok(new { version = current.Number, current.SavedAt, savedBy = view.People.GetValueOrDefault(current.SavedById), current.Content })
                : Results.Ok(new { version = 0 });
        });
}
