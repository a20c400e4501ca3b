using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Features.Administration;

/// <summary>
/// The administrator's view of the user directory (the staff who sign in): who works where in which
/// role, whether they are in service, and how many active clients each is responsible for — filtered
/// and paged in SQL, so a county's thousands of users cost one page.
/// </summary>
public static class ListUsers
{
    public const int PageSize = 50;

    public sealed record Filter(string? Query, Guid? OrganisationId, StaffRole? Role, bool? Active);

    public sealed record UserRow(Guid Id, string Name, string Username, string Organisation, Profession Profession, StaffRole Role, bool Active,
        string? WorkPhone, string? WorkEmail, int ResponsibleFor);

    public sealed record Choice(Guid Id, string Name);

    public sealed record View(IReadOnlyList<UserRow> Rows, int Total, int Page, int Pages, Filter Filter, IReadOnlyList<Choice> Organisations,
        IReadOnlyDictionary<StaffRole, int> ByRole);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<View> Handle(Filter filter, int page, CancellationToken ct)
        {
            var users = db.Professionals.AsNoTracking();
            if (filter.Query?.Trim() is { Length: > 0 } q)
            {
                var pattern = LikePattern.Containing(q.ToLowerInvariant());
                users = users.Where(p => EF.Functions.Like(p.FirstName.ToLower(), pattern, LikePattern.Escape) || EF.Functions.Like(p.LastName.ToLower(), pattern, LikePattern.Escape)
                    || EF.Functions.Like(p.Username, pattern, LikePattern.Escape));
            }
            if (filter.OrganisationId is { } org)
            {
                users = users.Where(p => p.OrganisationId == org);
            }
            if (filter.Role is { } role)
            {
                users = users.Where(p => p.Role == role);
            }
            if (filter.Active is { } active)
            {
                users = users.Where(p => p.Active == active);
            }
            int total = await users.CountAsync(ct);
            int pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pages);
            var rows = await users
                .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p, Organisation = o.Name })
                .OrderBy(x => x.p.LastName).ThenBy(x => x.p.FirstName).ThenBy(x => x.p.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(x => new UserRow(x.p.Id, x.p.LastName + ", " + x.p.FirstName, x.p.Username, x.Organisation, x.p.Profession, x.p.Role, x.p.Active,
                    x.p.WorkPhone, x.p.WorkEmail, 0))
                .ToListAsync(ct);
            var responsible = await ResponsibleFor(db, rows.Select(r => r.Id).ToList(), ct);
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
            var byRole = await db.Professionals.AsNoTracking().Where(p => p.Active).GroupBy(p => p.Role)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            return new View(rows.Select(r => r with { ResponsibleFor = responsible.GetValueOrDefault(r.Id) }).ToList(), total, page, pages, filter,
                organisations, byRole);
        }
    }

    /// <summary>Active cases each person is responsible for, as coordinator or as case manager, in one query per kind.</summary>
    public static async Task<Dictionary<Guid, int>> ResponsibleFor(AppDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var asCoordinator = await db.SupportCases.AsNoTracking()
            .Where(c => c.Stage != CaseStage.Ended && c.CoordinatorId != null && ids.Contains(c.CoordinatorId.Value))
            .GroupBy(c => c.CoordinatorId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var asCaseManager = await db.Teams.AsNoTracking()
            .Where(t => ids.Contains(t.CaseManagerId) && db.SupportCases.Any(c => c.Id == t.SupportCaseId && c.Stage != CaseStage.Ended))
            .GroupBy(t => t.CaseManagerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return asCoordinator.Concat(asCaseManager).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
    }

    public static Filter Parse(string? query, string? organisation, string? role, string? active) => new(
        string.IsNullOrWhiteSpace(query) ? null : query.Trim(),
        Guid.TryParse(organisation, out var org) ? org : null,
        WorkAbility.Domain.Common.EnumChoice.Of<StaffRole>(role),
        active switch { "true" => true, "false" => false, _ => null });
}
