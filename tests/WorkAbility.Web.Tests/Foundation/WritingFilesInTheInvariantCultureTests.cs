using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Teams;
using WorkAbility.Web.Tests.Infrastructure;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>
/// Pages speak Finnish formats; files and APIs never do (issue: a U+2212 minus sign in a time zone
/// rule made calendar programs reject the invitation). Every kind of file and a sample of every API
/// family is read in the demo county with the Finnish culture in force, parsed as its format, and
/// scanned for the Finnish minus sign, (narrow) no-break spaces and decimal commas.
/// </summary>
public partial class WritingFilesInTheInvariantCultureTests(PostgresCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What the fi-FI culture writes into numbers and dates and a file or an API must not carry.</summary>
    private static IEnumerable<string> CultureLeaks(string what, string text)
    {
        if (text.Contains('\u2212', StringComparison.Ordinal))
        {
            yield return $"{what}: U+2212 minus sign";
        }
        if (text.Contains('\u00A0', StringComparison.Ordinal) || text.Contains('\u202F', StringComparison.Ordinal))
        {
            yield return $"{what}: a no-break space (a Finnish digit group separator)";
        }
    }

    /// <summary>Every string in a JSON document that is a number written the Finnish way ("3,5", "1 234").</summary>
    private static IEnumerable<string> FinnishNumbers(string what, JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => FinnishNumbers($"{what}.{p.Name}", p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany((item, i) => FinnishNumbers($"{what}[{i}]", item)),
        JsonValueKind.String when FinnishNumber().IsMatch(e.GetString()!) => [$"{what}: \"{e.GetString()}\""],
        _ => [],
    };

    [GeneratedRegex(@"^[−-]?\d{1,3}([\u00A0\u202F ]\d{3})+(,\d+)?$|^[−-]?\d+,\d+$")]
    private static partial Regex FinnishNumber();

    [Fact]
    public async Task EveryFileAndApiFamily_InTheFinnishCulture_CarriesNoFinnishNumberFormat_AndEachFileParsesAsItsFormat()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cluster);
        await using var app = new WorkAbilityApp(database);
        _ = app.Services;
        Guid meetingId, clientId, professionalId;
        string professional, client;
        await using (var db = app.NewDbContext())
        {
            // A scheduled demo meeting the client takes part in, and one professional attending it.
            var meeting = (await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Scheduled && m.ClientTakesPart).ToListAsync(Ct))
                .First(m => m.Start is not null && m.ParticipantIds.Count > 0);
            meetingId = meeting.Id;
            professionalId = meeting.ParticipantIds[0];
            clientId = await db.SupportCases.Where(c => c.Id == meeting.SupportCaseId).Select(c => c.ClientId).SingleAsync(Ct);
            professional = await db.Professionals.Where(p => p.Id == professionalId).Select(p => p.Username).SingleAsync(Ct);
            client = "asiakas-" + clientId.ToString("N");
        }
        var problems = new List<string>();
        var staff = await app.SignedInAs(professional);
        var person = await app.SignedInAs(client);
        var decisionMaker = await app.SignedInAs("paivi.paattaja");
        foreach (var http in new[] { staff, person, decisionMaker })
        {
            http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fi-FI");
        }

        async Task<string> Read(HttpClient http, string path)
        {
            var response = await http.GetAsync(new Uri(path, UriKind.Relative), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync(Ct);
            problems.AddRange(CultureLeaks(path, text));
            return text;
        }

        // Calendar files: the team member's invitation and the client's own; both strict RFC 5545 and readable by Ical.Net.
        foreach (var (http, path) in new[] { (staff, $"/api/clients/{clientId}/meetings/{meetingId}/invitation.ics"), (person, $"/api/me/meetings/{meetingId}/invitation.ics") })
        {
            var ics = await Read(http, path);
            problems.AddRange(Rfc5545.Problems(ics).Select(p => $"{path}: {p}"));
            var calendar = Calendar.Load(ics)!;
            Assert.Single(calendar.Events);
            Assert.Contains("BYDAY=-1SU", ics, StringComparison.Ordinal);
        }

        // CSV files: every line has the header's number of fields; numbers are written with a point.
        foreach (var (http, path) in new[] { (person, "/api/me/access-log.csv"), (decisionMaker, "/api/statistics/overview.csv") })
        {
            var csv = await Read(http, path);
            var rows = Csv(csv.TrimStart('\uFEFF'));
            Assert.True(rows.Count > 1, $"{path} has lines");
            problems.AddRange(rows.Where(r => r.Count != rows[0].Count).Select(r => $"{path}: a line of {r.Count} fields, the header has {rows[0].Count}"));
            problems.AddRange(rows.SelectMany(r => r).Where(f => FinnishNumber().IsMatch(f)).Select(f => $"{path}: {f}"));
        }

        // JSON: each family of the API, read as the Finnish user reads the pages.
        var json = new (HttpClient Http, string Path)[]
        {
            (staff, $"/api/clients/{clientId}"), (staff, $"/api/clients/{clientId}/plan"), (staff, $"/api/clients/{clientId}/team"),
            (staff, $"/api/clients/{clientId}/consents"), (staff, $"/api/clients/{clientId}/follow-up"), (staff, "/api/worklist"),
            (staff, "/api/notifications"), (staff, "/api/services?query=tyo"),
            (person, "/api/me"), (person, "/api/me/plan"), (person, "/api/me/team"), (person, "/api/me/access-log"),
            (decisionMaker, "/api/statistics/overview"),
        };
        foreach (var (http, path) in json)
        {
            using var document = JsonDocument.Parse(await Read(http, path));
            problems.AddRange(FinnishNumbers(path, document.RootElement));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void TheStrictCalendarCheck_CatchesWhatCalendarProgramsReject()
    {
        var broken = "BEGIN:VCALENDAR\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Europe/Helsinki:20261201T100000\r\n" +
            "RRULE:FREQ=YEARLY;BYDAY=\u22121SU;BYMONTH=10\r\nDESCRIPTION:" + new string('x', 80) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var problems = Rfc5545.Problems(broken);

        Assert.Contains(problems, p => p.Contains("bare CR or LF", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("octets", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("RRULE", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("lacks DTSTAMP", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("has no VTIMEZONE", StringComparison.Ordinal));
        Assert.Single(CultureLeaks("x", broken));
        Assert.True(FinnishNumber().IsMatch("3,5") && FinnishNumber().IsMatch("1\u00A0234") && !FinnishNumber().IsMatch("2026-11-29"));
    }

    /// <summary>RFC 4180 fields, quotes and doubled quotes included.</summary>
    private static List<List<string>> Csv(string text)
    {
        // The client's own download is for Excel in Finland (semicolons); the statistics are comma-separated.
        char separator = text.Split("\r\n")[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == separator) { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++;
            }
            else { field.Append(c); }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
