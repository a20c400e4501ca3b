namespace WorkAbility.Domain.Feedback;

/// <summary>
/// When the client is asked for feedback (F36): once support has ended, and after each team
/// meeting they took part in — each time only until they answer. Declining is simply not answering.
/// </summary>
public static class FeedbackPrompt
{
    /// <summary>How long after the end or a meeting the question stays on the client's page.</summary>
    public static readonly TimeSpan AskFor = TimeSpan.FromDays(60);

    /// <summary>
    /// When the occasion an answer given now belongs to began: the end of support, else the last meeting the client
    /// took part in, else the case's opening. One answer per occasion: an answer given since then is replaced, not added to.
    /// </summary>
    public static DateTimeOffset OccasionBegan(DateTimeOffset openedAt, DateTimeOffset? endedAt, DateTimeOffset? lastMeetingHeldAt) =>
        endedAt ?? (lastMeetingHeldAt is { } held && held > openedAt ? held : openedAt);

    public static FeedbackOccasion? Due(DateTimeOffset? endedAt, DateTimeOffset? lastMeetingHeldAt, DateTimeOffset? lastAnsweredAt, DateTimeOffset now)
    {
        if (endedAt is { } ended && (lastAnsweredAt is null || lastAnsweredAt < ended) && now - ended <= AskFor)
        {
            return FeedbackOccasion.AtEnd;
        }
        if (endedAt is null && lastMeetingHeldAt is { } held && (lastAnsweredAt is null || lastAnsweredAt < held) && now - held <= AskFor)
        {
            return FeedbackOccasion.AfterMeeting;
        }
        return null;
    }
}
