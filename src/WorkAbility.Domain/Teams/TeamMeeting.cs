using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Teams;

/// <summary>The client's answer to a meeting's invitation (F40).</summary>
public enum ClientAnswer
{
    Attending,
    Declined,

    /// <summary>The client asks for another time, and says which suits in a note.</summary>
    AnotherTime,
}

public enum MeetingStatus
{
    Proposed,
    Scheduled,
    Held,
    Cancelled,
}

/// <summary>
/// A team meeting (työkokous, F12). Any team member may convene one with one to five proposed
/// times (finding a common time is a named risk of the seeds); with a single proposal the meeting
/// is scheduled at once, otherwise when a time is chosen. The minutes and decisions are recorded
/// once, by one person, for every member to read; the next meeting agreed there flows into the plan.
/// </summary>
public sealed class TeamMeeting : IVersioned
{
    public const int MaxProposedTimes = 5;
    public const int TextMaxLength = 4000;
    public const int PlaceMaxLength = 300;
    public const int MaxDecisions = 20;

    private TeamMeeting() { }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid ConvenedById { get; private set; }
    public DateTimeOffset ConvenedAt { get; private set; }
    public List<DateTimeOffset> ProposedStarts { get; private set; } = [];
    public DateTimeOffset? Start { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? Place { get; private set; }
    public string? VideoLink { get; private set; }
    public List<Guid> ParticipantIds { get; private set; } = [];
    public bool ClientTakesPart { get; private set; }
    public bool CloseParticipantTakesPart { get; private set; }
    public MeetingStatus Status { get; private set; }
    public string? Minutes { get; private set; }
    public List<string> Decisions { get; private set; } = [];
    public DateTimeOffset? NextMeetingAt { get; private set; }
    public Guid? MinutesRecordedById { get; private set; }
    public DateTimeOffset? MinutesRecordedAt { get; private set; }

    /// <summary>The client's answer to the invitation, their note (another time that suits, a reason) and when they gave it.</summary>
    public ClientAnswer? ClientAnswer { get; private set; }
    public string? ClientAnswerNote { get; private set; }
    public DateTimeOffset? ClientAnsweredAt { get; private set; }

    /// <summary>Whether the client came, as the minutes record it; null when the client was not invited or nobody said.</summary>
    public bool? ClientAttended { get; private set; }

    public const int AnswerNoteMaxLength = 500;

    /// <summary>Increases by one whenever the time or place changes, so calendars replace the old invitation.</summary>
    public int Sequence { get; private set; }
    public Guid Version { get; set; }

    /// <summary>How far back a meeting already held can be recorded.</summary>
    public const int HeldAtMostDaysAgo = 365;

    public static TeamMeeting Convene(CaseTeam team, Guid convenerId, IReadOnlyCollection<DateTimeOffset>? proposedStarts, int? durationMinutes,
        string? place, string? videoLink, IReadOnlyCollection<Guid>? participantIds, bool clientTakesPart, bool closeParticipantTakesPart,
        DateTimeOffset now, bool alreadyHeld = false)
    {
        if (!team.IsMember(convenerId))
        {
            throw new DomainRuleException("meeting_only_team_convenes");
        }
        var errors = new List<FieldError>();
        // Times are kept in UTC; the offset they were typed with is only how they were shown.
        var starts = proposedStarts?.Select(t => t.ToUniversalTime()).Distinct().Order().ToList() ?? [];
        if (starts.Count == 0)
        {
            errors.Add(new FieldError("proposedStarts", TextRules.Required));
        }
        else if (starts.Count > MaxProposedTimes)
        {
            errors.Add(new FieldError("proposedStarts", "meeting_too_many_times"));
        }
        else if (alreadyHeld)
        {
            // A meeting held before it was entered here (by phone, in a hurry) is recorded afterwards with the one time it was held,
            // within the last year, so its minutes can be written and its decisions reach the plan.
            if (starts.Count != 1)
            {
                errors.Add(new FieldError("proposedStarts", "meeting_held_one_time"));
            }
            else if (starts[0] > now || starts[0] < now.AddDays(-HeldAtMostDaysAgo))
            {
                errors.Add(new FieldError("proposedStarts", "meeting_held_in_past"));
            }
        }
        else if (starts.Any(s => s <= now))
        {
            errors.Add(new FieldError("proposedStarts", "meeting_time_in_past"));
        }
        var duration = durationMinutes ?? 60;
        if (duration is < 15 or > 480)
        {
            errors.Add(new FieldError("durationMinutes", "meeting_duration_range"));
        }
        var where = TextRules.OptionalText(place, "place", PlaceMaxLength, errors);
        var link = TextRules.OptionalText(videoLink, "videoLink", PlaceMaxLength, errors);
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            errors.Add(new FieldError("videoLink", "meeting_video_link_https"));
        }
        if (where is null && link is null)
        {
            errors.Add(new FieldError("place", "meeting_needs_place"));
        }
        var participants = (participantIds ?? []).Append(convenerId).Distinct().ToList();
        if (participants.Any(p => !team.IsMember(p)))
        {
            errors.Add(new FieldError("participantIds", "meeting_participant_not_member"));
        }
        if (closeParticipantTakesPart && team.CloseParticipantName is null)
        {
            errors.Add(new FieldError("closeParticipantTakesPart", "meeting_no_close_participant"));
        }
        TextRules.ThrowIfAny(errors);
        return new TeamMeeting
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = team.SupportCaseId,
            ConvenedById = convenerId,
            ConvenedAt = now,
            ProposedStarts = starts,
            Start = starts.Count == 1 ? starts[0] : null,
            Status = starts.Count == 1 ? MeetingStatus.Scheduled : MeetingStatus.Proposed,
            DurationMinutes = duration,
            Place = where,
            VideoLink = link,
            ParticipantIds = participants,
            ClientTakesPart = clientTakesPart,
            CloseParticipantTakesPart = closeParticipantTakesPart,
        };
    }

    public DateTimeOffset? End => Start?.AddMinutes(DurationMinutes);

    /// <summary>One of the proposed times is chosen.</summary>
    public void Schedule(DateTimeOffset start)
    {
        if (Status is not (MeetingStatus.Proposed or MeetingStatus.Scheduled))
        {
            throw new DomainRuleException("meeting_not_open", "start");
        }
        start = start.ToUniversalTime();
        if (!ProposedStarts.Contains(start))
        {
            throw new DomainRuleException("meeting_time_not_proposed", "start");
        }
        if (Start != start)
        {
            Start = start;
            Sequence++;
        }
        Status = MeetingStatus.Scheduled;
    }

    /// <summary>
    /// The client answers the invitation (F40): they come, they cannot, or they ask for another time and say which suits
    /// (the note is then required). Only a client invited to the meeting answers, and only before it begins; a later answer
    /// replaces an earlier one.
    /// </summary>
    public void AnswerByClient(string? answer, string? note, DateTimeOffset now)
    {
        if (!ClientTakesPart)
        {
            throw new DomainRuleException("meeting_client_not_invited");
        }
        if (Status is not (MeetingStatus.Proposed or MeetingStatus.Scheduled))
        {
            throw new DomainRuleException("meeting_not_open");
        }
        if (Start is { } start && start <= now)
        {
            throw new DomainRuleException("meeting_already_begun");
        }
        var errors = new List<FieldError>();
        var chosen = EnumChoice.Of<Teams.ClientAnswer>(answer?.Trim());
        if (chosen is null)
        {
            errors.Add(new FieldError("answer", string.IsNullOrWhiteSpace(answer) ? TextRules.Required : "invalid_choice"));
        }
        var text = TextRules.OptionalText(note, "note", AnswerNoteMaxLength, errors);
        if (chosen is Teams.ClientAnswer.AnotherTime && text is null && !errors.Any(e => e.Field == "note"))
        {
            errors.Add(new FieldError("note", "meeting_another_time_needs_note"));
        }
        TextRules.ThrowIfAny(errors);
        ClientAnswer = chosen;
        ClientAnswerNote = text;
        ClientAnsweredAt = now;
    }

    /// <summary>
    /// Records what was discussed and decided; only once, by a participant, after the meeting has
    /// started. A next meeting, if agreed, must be later than this one. For a meeting the client was invited to,
    /// <paramref name="clientAttended"/> says whether they came (a no-show is counted, seed 004: clients drop out).
    /// </summary>
    public void RecordMinutes(Guid byId, string? minutes, IReadOnlyCollection<string?>? decisions, DateTimeOffset? nextMeetingAt, DateTimeOffset now,
        bool? clientAttended = null)
    {
        if (MinutesRecordedAt is not null)
        {
            throw new DomainRuleException("meeting_minutes_already_recorded");
        }
        if (Status is not MeetingStatus.Scheduled || Start is not { } start)
        {
            throw new DomainRuleException("meeting_not_scheduled");
        }
        if (start > now)
        {
            throw new DomainRuleException("meeting_not_started");
        }
        if (!ParticipantIds.Contains(byId))
        {
            throw new DomainRuleException("meeting_minutes_by_participant");
        }
        var errors = new List<FieldError>();
        var text = TextRules.RequiredText(minutes, "minutes", TextMaxLength, errors);
        var list = new List<string>();
        foreach (var (d, i) in (decisions ?? []).Select((d, i) => (d, i)))
        {
            if (TextRules.OptionalText(d, $"decisions[{i}]", TextMaxLength, errors) is { } decision)
            {
                list.Add(decision);
            }
        }
        if (list.Count > MaxDecisions)
        {
            errors.Add(new FieldError("decisions", "too_long"));
        }
        if (nextMeetingAt is { } next && next <= start)
        {
            errors.Add(new FieldError("nextMeetingAt", "meeting_next_before_this"));
        }
        TextRules.ThrowIfAny(errors);
        Minutes = text;
        Decisions = list;
        ClientAttended = ClientTakesPart ? clientAttended : null;
        NextMeetingAt = nextMeetingAt?.ToUniversalTime();
        MinutesRecordedById = byId;
        MinutesRecordedAt = now;
        Status = MeetingStatus.Held;
    }
}
