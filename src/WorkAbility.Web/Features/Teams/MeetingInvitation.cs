using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Web.Features.Teams;

/// <summary>
/// A team meeting as an iCalendar invitation (RFC 5545, METHOD:REQUEST) for one participant, in
/// Helsinki time. Calendars live outside the care relationship, so the invitation names no
/// client: it says "team meeting" and links to the meeting in the app, where access is checked.
/// </summary>
public static class MeetingInvitation
{
    public const string TimeZone = FinnishCalendar.TimeZoneId;
    public const string MailDomain = "tyokyky.invalid";

    public static string Create(TeamMeeting meeting, Guid participantId, IReadOnlyDictionary<Guid, (string Name, string Username)> people,
        string summary, string description, Uri pageUrl, DateTimeOffset now)
    {
        if (meeting.Start is not { } start || meeting.End is not { } end)
        {
            throw new DomainRuleException("meeting_not_scheduled");
        }
        var calendar = new Calendar { Method = "REQUEST", ProductId = "-//Tyokyvyn tuki//WorkAbility//FI" };
        calendar.AddTimeZone(TimeZone);
        var e = new CalendarEvent
        {
            Uid = $"{meeting.Id}@workability",
            Sequence = meeting.Sequence,
            Summary = summary,
            Description = description + "\n" + pageUrl,
            Url = pageUrl,
            Location = meeting.Place ?? meeting.VideoLink,
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            DtStart = new CalDateTime(FinnishCalendar.LocalTime(start), TimeZone),
            DtEnd = new CalDateTime(FinnishCalendar.LocalTime(end), TimeZone),
            Status = meeting.Status is MeetingStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
        };
        if (people.TryGetValue(meeting.ConvenedById, out var convener))
        {
            e.Organizer = new Organizer(Address(convener.Username)) { CommonName = convener.Name };
        }
        foreach (var id in meeting.ParticipantIds.Where(people.ContainsKey).OrderBy(id => id == participantId ? 0 : 1))
        {
            var (name, username) = people[id];
            e.Attendees.Add(new Attendee(Address(username))
            {
                CommonName = name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = id == meeting.ConvenedById ? "ACCEPTED" : "NEEDS-ACTION",
                Rsvp = id == participantId && id != meeting.ConvenedById,
            });
        }
        calendar.Events.Add(e);
        // The serializer formats numbers with the current culture; in fi-FI "-1SU" would become "−1SU"
        // (U+2212), which calendar programs reject. Files are written in the invariant culture.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            return new CalendarSerializer().SerializeToString(calendar)!;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static string Address(string username) => $"mailto:{username}@{MailDomain}";
}
