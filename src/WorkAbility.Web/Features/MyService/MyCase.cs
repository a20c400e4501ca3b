using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Feedback;
using WorkAbility.Domain.FollowUp;

namespace WorkAbility.Web.Features.MyService;

/// <summary>Reads the client's own pages share: their current (or latest) case and the people named on it.</summary>
internal static class MyCase
{
    /// <summary>The active case, or the latest ended one so the client still sees how support ended.</summary>
    public static Task<SupportCase?> Current(AppDbContext db, Guid clientId, CancellationToken ct) => Shared.CurrentCase.Of(db, clientId, ct);

    public static async Task<Dictionary<Guid, ShowMyOverview.Person>> People(AppDbContext db, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return await (from p in db.Professionals.AsNoTracking()
                      join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                      where wanted.Contains(p.Id)
                      select new { p.Id, Person = new ShowMyOverview.Person(p.FirstName + " " + p.LastName, o.Name, p.WorkPhone, p.WorkEmail) })
            .ToDictionaryAsync(x => x.Id, x => x.Person, ct);
    }

    /// <summary>Whether the client is being asked for feedback on this case now, and on what occasion.</summary>
    public static async Task<FeedbackOccasion?> FeedbackDue(AppDbContext db, SupportCase supportCase, DateTimeOffset now, CancellationToken ct)
    {
        var lastAnswered = await db.Feedback.AsNoTracking().Where(f => f.SupportCaseId == supportCase.Id).MaxAsync(f => (DateTimeOffset?)f.GivenAt, ct);
        return FeedbackPrompt.Due(supportCase.EndedAt, await LastMeetingHeld(db, supportCase.Id, ct), lastAnswered, now);
    }

    /// <summary>When the last team meeting the client took part in was held (its minutes recorded).</summary>
    public static Task<DateTimeOffset?> LastMeetingHeld(AppDbContext db, Guid caseId, CancellationToken ct) =>
        db.Meetings.AsNoTracking().Where(m => m.SupportCaseId == caseId && m.MinutesRecordedAt != null && m.ClientTakesPart)
            .MaxAsync(m => m.MinutesRecordedAt, ct);

    /// <summary>When the client's work ability was measured: self-assessments, Kykyviisari results and the case's scored need assessments.</summary>
    public static async Task<IReadOnlyList<DateTimeOffset>> MeasuredAt(AppDbContext db, Guid clientId, Guid caseId, CancellationToken ct)
    {
        var filled = await db.SelfAssessments.AsNoTracking().Where(s => s.ClientId == clientId).Select(s => s.FilledAt).ToListAsync(ct);
        var assessed = await db.NeedAssessments.AsNoTracking().Where(a => a.SupportCaseId == caseId && a.WorkAbilityScore != null).Select(a => a.AssessedAt).ToListAsync(ct);
        var measured = await db.ExternalMeasures.AsNoTracking().Where(m => m.ClientId == clientId).Select(m => m.MeasuredOn).ToListAsync(ct);
        return [.. filled, .. assessed, .. measured.Select(WorkAbility.Domain.Common.FinnishCalendar.NoonOf)];
    }

    /// <summary>The point after the end of support (months) whose situation the client is asked now, if any.</summary>
    public static async Task<int?> SituationDue(AppDbContext db, SupportCase supportCase, DateTimeOffset now, CancellationToken ct)
    {
        if (supportCase.IsActive || supportCase.EndedAt is null)
        {
            return null;
        }
        var answered = await db.SituationsAfterSupport.AsNoTracking().Where(s => s.SupportCaseId == supportCase.Id).Select(s => s.MonthsAfter).ToListAsync(ct);
        return SituationAfterSupport.Due(supportCase.EndedAt, answered, now);
    }
}
