using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Services;
using WorkAbility.Web.Features.Shared;

namespace WorkAbility.Web.Features.Services;

/// <summary>F17: everyone signed in searches the region's service catalogue by text and category; it holds no client data.</summary>
public static class SearchServices
{
    public const int PageSize = 50;

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<ServiceView>> Handle(string? text, ServiceCategory? category, string language, bool includeInactive, CancellationToken ct)
        {
            var query = db.Services.AsNoTracking();
            if (!includeInactive)
            {
                query = query.Where(s => s.Active);
            }
            if (category is { } c)
            {
                query = query.Where(s => s.Category == c);
            }
            var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var word in words.Take(5))
            {
                var pattern = LikePattern.Containing(word.ToLowerInvariant());
                query = query.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern, LikePattern.Escape) || EF.Functions.Like(s.Description.ToLower(), pattern, LikePattern.Escape)
                    || EF.Functions.Like(s.TargetGroup.ToLower(), pattern, LikePattern.Escape) || EF.Functions.Like(s.ProviderName.ToLower(), pattern, LikePattern.Escape)
                    || (s.NameSv != null && EF.Functions.Like(s.NameSv.ToLower(), pattern, LikePattern.Escape)));
            }
            var rows = await query.OrderBy(s => s.Category).ThenBy(s => s.Name).Take(PageSize).ToListAsync(ct);
            return rows.Select(s => ServiceView.Of(s, language)).ToList();
        }
    }

    public static void Map(RouteGroupBuilder services) =>
        services.MapGet("/", async (string? query, ServiceCategory? category, Handler handler, CancellationToken ct) =>
            Results.Ok(await handler.Handle(query, category, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, false, ct)));
}
