using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>What the follow-up use cases share: the team's members, the case's coordinator and the low-threshold route's owner do this work; contacts meet dues.</summary>
internal static class FollowUpWork
{
    public static async Task<CaseForWrite> LoadCaseForFollowUp(this ClientAccess access, Guid clientId, string resource, CancellationToken ct)
    {
        var work = await access.LoadCaseForWrite(clientId, resource, ct);
        if (!CaseTeam.MayWorkOnCase(work.Team, work.ProfessionalId, work.Case.CoordinatorId, work.Case.OwnerId))
        {
            throw new DomainRuleException("follow_up_by_team");
        }
        return work;
    }

    /// <summary>A contact or review on <paramref name="on"/> meets the case's open follow-ups due by then (or within a week).</summary>
    public static async Task MeetDues(AppDbContext db, Guid caseId, DateOnly on, CancellationToken ct)
    {
        var open = await db.FollowUpDues.Where(d => d.SupportCaseId == caseId && d.MetOn == null).ToListAsync(ct);
        foreach (var due in FollowUpSchedule.MetBy(open, on))
        {
            due.Meet(on);
        }
    }
}
