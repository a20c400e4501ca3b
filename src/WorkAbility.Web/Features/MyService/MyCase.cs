using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Feedback;

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
}
