using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Web.Features.Administration;

/// <summary>
/// The administrator keeps a municipality's working-age residents for a year, band by band (F39 reach): new figures are
/// added, a year already kept is corrected. Counts are written as people write them ("12 345" with spaces is fine).
/// </summary>
public static class SetResidents
{
    /// <param name="Counts">One per <see cref="WorkingAgeResidents.AgeBands"/>, in their order.</param>
    public sealed record Request(string? Municipality, string? Year, string?[]? Counts);

    public sealed class Handler(AppDbContext db)
    {
        public async Task Handle(Request request, CancellationToken ct)
        {
            var errors = new List<FieldError>();
            var municipalities = await db.Organisations.AsNoTracking().Select(o => o.Area).Distinct().ToListAsync(ct);
            var municipality = request.Municipality?.Trim();
            if (string.IsNullOrEmpty(municipality))
            {
                errors.Add(new FieldError("municipality", TextRules.Required));
            }
            else if (!municipalities.Contains(municipality))
            {
                errors.Add(new FieldError("municipality", "invalid_choice"));
            }
            int year = 0;
            if (string.IsNullOrWhiteSpace(request.Year))
            {
                errors.Add(new FieldError("year", TextRules.Required));
            }
            else if (!int.TryParse(request.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year)
                     || year is < WorkingAgeResidents.FirstYear or > WorkingAgeResidents.LastYear)
            {
                // Named here, before the counts, so the summary lists the fields in the form's order.
                errors.Add(new FieldError("year", "year_out_of_range"));
                year = 0;
            }
            var counts = new Dictionary<string, int>();
            var bands = WorkingAgeResidents.AgeBands;
            for (int i = 0; i < bands.Length; i++)
            {
                var field = WorkingAgeResidents.CountField(bands[i]);
                var text = request.Counts is { } c && i < c.Length ? c[i] : null;
                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add(new FieldError(field, TextRules.Required));
                }
                else if (WrittenNumbers.WholeNumber(text) is { } n)
                {
                    counts[bands[i]] = n;
                    WorkingAgeResidents.Check(year == 0 ? WorkingAgeResidents.FirstYear : year, bands[i], n, errors);
                }
                else
                {
                    errors.Add(new FieldError(field, "residents_out_of_range"));
                }
            }
            if (errors.Count == 0 && counts.Values.Sum() == 0)
            {
                // A municipality has working-age residents: all zeros is a mistake, and would make its reach infinite.
                errors.Add(new FieldError(WorkingAgeResidents.CountField(bands[0]), "residents_all_zero"));
            }
            TextRules.ThrowIfAny(errors);

            var kept = await db.WorkingAgeResidents.Where(r => r.Municipality == municipality && r.Year == year).ToDictionaryAsync(r => r.AgeBand, ct);
            foreach (var (band, n) in counts)
            {
                if (kept.TryGetValue(band, out var row))
                {
                    row.Recount(n);
                }
                else
                {
                    db.WorkingAgeResidents.Add(WorkingAgeResidents.Of(municipality!, year, band, n));
                }
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
