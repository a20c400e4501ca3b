using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Localization;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Features.MyService;

/// <summary>
/// F30, Act 703/2023: who has seen my data — when, who (name, profession, organisation), what (a
/// topic, not a resource code) and on what basis; refused attempts without the would-be reader
/// (docs/adr/0007). Filtered by period and organisation in SQL, newest first, a page at a time.
/// Reading the list is itself logged, so it shows up the next time.
/// </summary>
public static class ShowMyAccessLog
{
    public const int PageSize = 100;

    /// <summary>Dates are days in Finland, both ends included.</summary>
    /// <param name="Own">Whether the client's own views are listed too: they would swamp who else has looked, so they are not by default.</param>
    public sealed record Request(DateOnly? From, DateOnly? To, Guid? Organisation, int? Page, bool? Own = null);

    /// <summary>One line: <see cref="Who"/> and the others are null for a refused attempt.</summary>
    public sealed record Entry(DateTimeOffset At, bool Allowed, bool You, string? Who, Profession? Profession, string? Organisation,
        DataTopic Topic, AccessAction Action, AccessBasis? Basis);

    public sealed record Choice(Guid Id, string Name);

    public sealed record View(Request Filter, IReadOnlyList<Entry> Entries, int Page, bool HasMore, IReadOnlyList<Choice> Organisations,
        IReadOnlyList<FieldError> FilterErrors);

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        public async Task<View> Handle(Request request, CancellationToken ct, int pageSize = PageSize)
        {
            var clientId = access.OwnClientId();
            await access.ReadClient(clientId, "me.access-log", ct);
            var errors = new List<FieldError>();
            FinnishCalendar.CheckRange(request.From, "from", errors);
            FinnishCalendar.CheckRange(request.To, "to", errors);
            if (errors.Count == 0 && request.From is { } f && request.To is { } t && t < f)
            {
                errors.Add(new FieldError("to", "period_reversed"));
            }
            // A page number beyond any log would overflow the offset: it is simply a page with nothing on it.
            var page = Math.Clamp(request.Page ?? 1, 1, 1_000_000);
            var organisations = await db.Organisations.AsNoTracking()
                .Where(o => db.AccessLog.Any(e => e.ClientId == clientId && e.Allowed && e.OrganisationId == o.Id))
                .OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
            if (request.Organisation is { } wanted && organisations.All(o => o.Id != wanted))
            {
                errors.Add(new FieldError("organisation", "invalid_choice"));
            }
            if (errors.Count > 0)
            {
                return new View(request, [], page, false, organisations, errors);
            }
            var entries = db.AccessLog.AsNoTracking().Where(e => e.ClientId == clientId);
            if (request.From is { } from)
            {
                var start = FinnishCalendar.FromLocalTime(from.ToDateTime(TimeOnly.MinValue));
                entries = entries.Where(e => e.OccurredAt >= start);
            }
            if (request.To is { } to)
            {
                var end = FinnishCalendar.FromLocalTime(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
                entries = entries.Where(e => e.OccurredAt < end);
            }
            if (request.Own is not true)
            {
                var self = clientId.ToString();
                entries = entries.Where(e => e.UserId != self);
            }
            if (request.Organisation is { } organisation)
            {
                // A refused attempt is not attributed to an organisation for the client (ADR 0007), so it is not in an organisation's list.
                entries = entries.Where(e => e.OrganisationId == organisation && e.Allowed);
            }
            var rows = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
                .Skip((page - 1) * pageSize).Take(pageSize + 1)
                .Select(e => new { e.OccurredAt, e.Allowed, e.UserId, e.OrganisationId, e.Action, e.Resource, e.Purpose })
                .ToListAsync(ct);
            var readerIds = rows.Where(r => r.Allowed).Select(r => Guid.TryParse(r.UserId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
            var readers = await (from p in db.Professionals.AsNoTracking()
                                 join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                                 where readerIds.Contains(p.Id)
                                 select new { p.Id, Name = p.FirstName + " " + p.LastName, p.Profession, Organisation = o.Name })
                .ToDictionaryAsync(p => p.Id.ToString(), ct);
            var you = clientId.ToString();
            var shown = rows.Take(pageSize).Select(r =>
            {
                var topic = AccessLogExplanation.TopicOf(r.Resource);
                if (!AccessLogExplanation.ShowsWho(r.Allowed))
                {
                    return new Entry(r.OccurredAt, false, false, null, null, null, topic, r.Action, null);
                }
                var basis = Enum.TryParse<AccessBasis>(r.Purpose, out var b) ? b : (AccessBasis?)null;
                if (r.UserId == you)
                {
                    return new Entry(r.OccurredAt, true, true, null, null, null, topic, r.Action, basis);
                }
                var reader = readers.GetValueOrDefault(r.UserId);
                return new Entry(r.OccurredAt, true, false, reader?.Name, reader?.Profession, reader?.Organisation, topic, r.Action, basis);
            }).ToList();
            return new View(request, shown, page, rows.Count > pageSize, organisations, []);
        }
    }

    /// <summary>
    /// The whole filtered list as CSV in the client's language, for Excel in Finland: semicolons, a byte-order mark, and
    /// times in ISO 8601 as the page shows them — Finnish time, with its offset so the moment is exact.
    /// </summary>
    public static string Csv(IEnumerable<Entry> entries, IStringLocalizer<SharedResource> l)
    {
        var csv = new System.Text.StringBuilder(CsvText.ExcelLine(l["MyLog.When"], l["MyLog.Who"], l["MyLog.Profession"], l["MyLog.Organisation"],
            l["MyLog.What"], l["MyLog.How"], l["MyLog.Why"]));
        foreach (var e in entries)
        {
            csv.Append(CsvText.ExcelLine(
                TimeZoneInfo.ConvertTime(e.At, FinnishCalendar.Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                e.Allowed ? (e.You ? l["MyLog.You"] : e.Who ?? "") : l["MyLog.Refused"],
                e.Profession is { } p ? l.Enum(p) : "",
                e.Organisation ?? "",
                l.Enum(e.Topic),
                l["MyLog.Action." + e.Action],
                e.Allowed && e.Basis is { } b ? l["MyLog.Basis." + b] : ""));
        }
        return csv.ToString();
    }

    public static void Map(RouteGroupBuilder me)
    {
        me.MapGet("/access-log", async ([AsParameters] Request request, Handler handler, CancellationToken ct) =>
        {
            var view = await handler.Handle(request, ct);
            return view.FilterErrors.Count > 0 ? throw new DomainValidationException(view.FilterErrors) : Results.Ok(new { view.Entries, view.Page, view.HasMore });
        }).WithSummary("Who has seen my data: from/to (dates in Finland), organisation, page (100 a page, newest first)");
        me.MapGet("/access-log.csv", async ([AsParameters] Request request, Handler handler, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            // The download is the whole filtered period, not one page; a county-sized log is still one client's.
            var view = await handler.Handle(request with { Page = 1 }, ct, pageSize: 10_000);
            return view.FilterErrors.Count > 0
                ? throw new DomainValidationException(view.FilterErrors)
                : Results.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(Csv(view.Entries, l))).ToArray(),
                    "text/csv; charset=utf-8", "katselut.csv");
        }).WithSummary("The same list as CSV (up to 10,000 lines)");
    }
}
