using System.Text;
using System.Text.RegularExpressions;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>
/// A strict reading of an iCalendar file against RFC 5545's syntax, stricter than a tolerant parser:
/// CRLF line ends, lines of at most 75 octets, only allowed control characters, property names,
/// nested and balanced components, the required properties, a time zone for every TZID used,
/// DATE-TIME values in the basic format and RRULE parts as the grammar spells them.
/// </summary>
internal static partial class Rfc5545
{
    public static IReadOnlyList<string> Problems(string text)
    {
        var problems = new List<string>();
        if (!text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            problems.Add("the file does not end with CRLF");
        }
        var physical = text.Split("\r\n");
        for (int i = 0; i < physical.Length; i++)
        {
            var line = physical[i];
            if (line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal))
            {
                problems.Add($"line {i + 1}: a bare CR or LF");
            }
            if (Encoding.UTF8.GetByteCount(line) > 75)
            {
                problems.Add($"line {i + 1}: {Encoding.UTF8.GetByteCount(line)} octets (at most 75)");
            }
            if (line.Any(c => c < 0x20 && c != '\t' || c == 0x7F))
            {
                problems.Add($"line {i + 1}: a control character");
            }
        }

        // Unfolded content lines: a line starting with a space or tab continues the previous one.
        var lines = new List<string>();
        foreach (var line in physical.Where(l => l.Length > 0))
        {
            if (line[0] is ' ' or '\t' && lines.Count > 0)
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }
        var open = new Stack<string>();
        var seen = new Stack<HashSet<string>>();
        var tzidsUsed = new HashSet<string>(StringComparer.Ordinal);
        var tzidsDefined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var m = ContentLine().Match(line);
            if (!m.Success)
            {
                problems.Add($"not a content line: {line}");
                continue;
            }
            string name = m.Groups["name"].Value, parameters = m.Groups["params"].Value, value = m.Groups["value"].Value;
            if (name == "BEGIN")
            {
                open.Push(value);
                seen.Push([]);
                continue;
            }
            if (name == "END")
            {
                if (open.Count == 0 || open.Peek() != value)
                {
                    problems.Add($"END:{value} does not close {(open.Count > 0 ? open.Peek() : "anything")}");
                    continue;
                }
                var props = seen.Pop();
                string[] required = open.Pop() switch
                {
                    "VCALENDAR" => ["VERSION", "PRODID"],
                    "VEVENT" => ["UID", "DTSTAMP", "DTSTART"],
                    "VTIMEZONE" => ["TZID"],
                    "STANDARD" or "DAYLIGHT" => ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO"],
                    _ => [],
                };
                problems.AddRange(required.Where(r => !props.Contains(r)).Select(r => $"{value} lacks {r}"));
                continue;
            }
            if (open.Count == 0)
            {
                problems.Add($"{name} outside any component");
                continue;
            }
            seen.Peek().Add(name);
            if (name == "VERSION" && value != "2.0")
            {
                problems.Add($"VERSION:{value}");
            }
            if (name == "TZID" && open.Peek() == "VTIMEZONE")
            {
                tzidsDefined.Add(value);
            }
            if (TzidParameter().Match(parameters) is { Success: true } tz)
            {
                tzidsUsed.Add(tz.Groups[1].Value);
            }
            if (name is "DTSTART" or "DTEND" or "DTSTAMP" or "RECURRENCE-ID" && !DateTime().IsMatch(value))
            {
                problems.Add($"{name}: not a DATE-TIME in the basic format: {value}");
            }
            if (name is "TZOFFSETFROM" or "TZOFFSETTO" && !UtcOffset().IsMatch(value))
            {
                problems.Add($"{name}: not a UTC offset: {value}");
            }
            if (name == "RRULE" && !value.Split(';').All(part => RulePart().IsMatch(part)))
            {
                problems.Add($"RRULE: not as the grammar spells it: {value}");
            }
        }
        if (open.Count > 0)
        {
            problems.Add($"{open.Peek()} is never closed");
        }
        problems.AddRange(tzidsUsed.Where(t => !tzidsDefined.Contains(t)).Select(t => $"TZID={t} has no VTIMEZONE"));
        if (lines.Count == 0 || lines[0] != "BEGIN:VCALENDAR" || lines[^1] != "END:VCALENDAR")
        {
            problems.Add("the file is not one VCALENDAR");
        }
        return problems;
    }

    [GeneratedRegex(@"^(?<name>[A-Z0-9-]+)(?<params>(;[A-Z0-9-]+=(""[^""]*""|[^;:,""]*)(,(""[^""]*""|[^;:,""]*))*)*):(?<value>.*)$")]
    private static partial Regex ContentLine();

    [GeneratedRegex(@";TZID=""?([^;:""]+)""?")]
    private static partial Regex TzidParameter();

    [GeneratedRegex(@"^\d{8}(T\d{6}Z?)?$")]
    private static partial Regex DateTime();

    [GeneratedRegex(@"^[+-]\d{4}(\d{2})?$")]
    private static partial Regex UtcOffset();

    [GeneratedRegex(@"^(FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)|UNTIL=\d{8}(T\d{6}Z?)?|COUNT=\d+|INTERVAL=\d+|BYSECOND=[\d,]+|BYMINUTE=[\d,]+|BYHOUR=[\d,]+|BYDAY=([+-]?\d{0,2}(SU|MO|TU|WE|TH|FR|SA),?)+|BYMONTHDAY=[-+\d,]+|BYYEARDAY=[-+\d,]+|BYWEEKNO=[-+\d,]+|BYMONTH=[\d,]+|BYSETPOS=[-+\d,]+|WKST=(SU|MO|TU|WE|TH|FR|SA))$")]
    private static partial Regex RulePart();
}
