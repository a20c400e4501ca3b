using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Domain.Plans;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Plans;

/// <summary>
/// F27 + F14: the plan as the client reads it — my goal in my words, the goals, who does what (my
/// own tasks first), each service explained in my language, the dates and the next meeting.
/// The same read (and access-log entry) as the team's plan page.
/// </summary>
public static class ShowMyPlan
{
    /// <summary>One thing to be done; <see cref="Mine"/> when the client does it.</summary>
    public sealed record Step(string Title, string? ServiceDescription, string? ServiceContact, bool Mine, string? Who, DateOnly? StartOn, DateOnly? DueOn,
        ActionStatus Status, ReferralStatus? Referral, string? Note)
    {
        /// <summary>When the client marked this action of theirs done, until a version of the plan records it (F40).</summary>
        public DateTimeOffset? MarkedDoneAt { get; init; }
    }

    public sealed record View(int Version, DateTimeOffset SavedAt, string SavedBy, string ClientGoal, IReadOnlyList<string> Goals, IReadOnlyList<Step> Steps,
        DateTimeOffset? NextMeetingAt, int? FollowUpEveryWeeks, int? EstimatedSupportMonths, string? Responsibilities,
        IReadOnlyList<ShowPlan.VersionInfo> Versions);

    public sealed class Handler(ShowPlan.Handler plans, ClientAccess access, WorkAbility.Data.AppDbContext db)
    {
        /// <returns>Null when no plan has been made yet.</returns>
        public async Task<View?> Handle(CancellationToken ct)
        {
            var data = await plans.Handle(access.OwnClientId(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
            if (data.Plan is not { } plan)
            {
                return null;
            }
            var services = data.Services.ToDictionary(s => s.Id);
            var marks = await db.PlanActionMarks.AsNoTracking().Where(m => m.SupportCaseId == plan.SupportCaseId).ToDictionaryAsync(m => m.ActionId, m => m.MarkedAt, ct);
            var organisations = data.Organisations.ToDictionary(o => o.Id, o => o.Name);
            var steps = plan.Content.Actions.Select(a =>
            {
                var service = a.ServiceId is { } id ? services.GetValueOrDefault(id) : null;
                var who = a.Party switch
                {
                    ResponsibleParty.Professional when a.ResponsibleProfessionalId is { } p => data.People.GetValueOrDefault(p),
                    ResponsibleParty.Organisation when a.ResponsibleOrganisationId is { } o => organisations.GetValueOrDefault(o),
                    _ => null,
                };
                return new Step(service?.Name ?? a.Title, service?.Description, service?.Contact, a.Party is ResponsibleParty.Client, who, a.StartOn, a.DueOn,
                    a.Status, data.ReferralStatuses.TryGetValue(a.Id, out var r) ? r : null, a.Note)
                {
                    MarkedDoneAt = a.Party is ResponsibleParty.Client && a.Status is not ActionStatus.Done && marks.TryGetValue(a.Id, out var at) ? at : null,
                };
            }).OrderByDescending(s => s.Mine).ToList();
            return new View(plan.Number, plan.SavedAt, data.People.GetValueOrDefault(plan.SavedById, ""), plan.Content.ClientGoal,
                plan.Content.Goals.Select(g => g.Text).ToList(), steps, plan.Content.NextMeetingAt ?? data.NextMeetingFromMinutes,
                plan.Content.FollowUpEveryWeeks, plan.Content.EstimatedSupportMonths, plan.Content.Responsibilities, data.Versions);
        }
    }

    /// <summary>The client's own plan routes: the plan, one earlier version, and what changed between two.</summary>
    public static void MapMine(RouteGroupBuilder me)
    {
        me.MapGet("/plan", async (Handler handler, CancellationToken ct) =>
            await handler.Handle(ct) is { } view ? Results.Ok(view) : Results.Ok(new { version = 0 }))
            .WithSummary("My plan in plain terms: my goal, the goals, who does what (mine first), services, dates, next meeting, versions");
        me.MapGet("/plan/versions/{number:int}", async (int number, ShowPlanVersion.Handler handler, ClientAccess access, CancellationToken ct) =>
            Results.Ok(await handler.Handle(access.OwnClientId(), number, ct)));
        me.MapGet("/plan/compare", async (int from, int to, ComparePlanVersions.Handler handler, ClientAccess access, CancellationToken ct) =>
            Results.Ok(await handler.Handle(access.OwnClientId(), from, to, ct)));
    }
}
