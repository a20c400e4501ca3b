using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.FollowUp;

namespace WorkAbility.Web.Data.Demo;

/// <summary>
/// Whether support helped (F39): the client's own measure of work ability at 3, 6 and 12 months and at the end (most fill it
/// in, some miss a point), and their situation 3, 6 and 12 months after the end (some do not answer). Drawn from a stream of
/// their own, so the rest of the county stays as it was; every record is made through the domain's own rules.
/// </summary>
internal sealed partial class DemoHistory
{
    /// <summary>How a person's work ability goes over support, in points from the start to the end.</summary>
    private int Course() => PickEffect((4, 15), (3, 20), (2, 25), (1, 15), (0, 15), (-1, 5), (-2, 5));

    private static int Score(int start, int course, double share) => Math.Clamp(start + (int)Math.Round(course * share), 0, 10);

    /// <summary>The self-assessments at 3, 6 and 12 months of support that fall before <paramref name="until"/>.</summary>
    private void MeasuresDuringSupport(Client client, DateTimeOffset opened, int start, int course, DateTimeOffset until)
    {
        foreach (var (months, share) in new[] { (3, 0.5), (6, 0.8), (12, 1.0) })
        {
            var at = opened.AddMonths(months).AddDays(effects.Next(-5, 10)).AddMinutes(effects.Next(-120, 120));
            if (at >= until || at >= now)
            {
                return;
            }
            if (effects.NextDouble() < 0.8)
            {
                Fill(client, at, Score(start, course, share));
            }
        }
    }

    /// <summary>The closing measure a few days after the end (most answer when asked on their own page).</summary>
    private void MeasureAtEnd(Client client, DateTimeOffset endAt, int start, int course)
    {
        var at = endAt.AddDays(effects.Next(1, 20));
        if (at < now && effects.NextDouble() < 0.7)
        {
            Fill(client, at, Score(start, course, 1.0));
        }
    }

    private void Fill(Client client, DateTimeOffset at, int workAbilityScore)
    {
        if (selfAssessment is null)
        {
            return;
        }
        string Domain() => Math.Clamp((workAbilityScore + 1) / 2 + effects.Next(-1, 2), 1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var answers = new Dictionary<string, string?>
        {
            [SelfAssessment.WorkAbilityScoreItem] = workAbilityScore.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["body"] = Domain(), ["activities"] = Domain(), ["participation"] = Domain(), ["environment"] = Domain(), ["resources"] = Domain(),
            ["working"] = "no",
        };
        db.SelfAssessments.Add(SelfAssessment.Record(client.Id, selfAssessment, answers, FilledBy.Client, null, at));
    }

    /// <summary>The situation told at 3, 6 and 12 months after the end, before <paramref name="until"/> (a return to support stops the asking).</summary>
    private void SituationsAfter(SupportCase supportCase, DateTimeOffset endedAt, CaseOutcome outcome, DateTimeOffset until)
    {
        foreach (var (months, answers) in new[] { (3, 0.6), (6, 0.5), (12, 0.4) })
        {
            var at = endedAt.AddMonths(months).AddDays(effects.Next(0, 20)).AddMinutes(effects.Next(0, 300));
            if (at >= until || at >= now)
            {
                return;
            }
            if (effects.NextDouble() < answers)
            {
                db.SituationsAfterSupport.Add(SituationAfterSupport.Tell(supportCase.Id, endedAt, months, SituationAfter(outcome),
                    ToldBy.Client, null, at));
            }
        }
    }

    private LifeSituation SituationAfter(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Employed => PickEffect((LifeSituation.WorkingFullTime, 45), (LifeSituation.WorkingPartTime, 25), (LifeSituation.WorkingWithWageSubsidy, 15),
            (LifeSituation.JobSeeker, 10), (LifeSituation.OnSickLeave, 5)),
        CaseOutcome.InEducation => PickEffect((LifeSituation.Studying, 75), (LifeSituation.JobSeeker, 15), (LifeSituation.WorkingPartTime, 10)),
        CaseOutcome.Rehabilitation => PickEffect((LifeSituation.InRehabilitation, 60), (LifeSituation.JobSeeker, 15), (LifeSituation.WorkingPartTime, 10),
            (LifeSituation.OnSickLeave, 10), (LifeSituation.Studying, 5)),
        CaseOutcome.Pension => PickEffect((LifeSituation.OnPension, 85), (LifeSituation.WorkingPartTime, 15)),
        _ => PickEffect((LifeSituation.JobSeeker, 35), (LifeSituation.WorkingPartTime, 15), (LifeSituation.WorkingFullTime, 10), (LifeSituation.Studying, 10),
            (LifeSituation.OnSickLeave, 10), (LifeSituation.InRehabilitation, 10), (LifeSituation.Other, 10)),
    };

    /// <summary>The change the person felt at the end, domain by domain (1 much worse – 5 much better); most answer, some skip a domain.</summary>
    private WorkAbility.Domain.Feedback.ExperiencedChange? ChangeExperienced(CaseOutcome outcome)
    {
        if (effects.NextDouble() < 0.2)
        {
            return null;
        }
        bool working = outcome is CaseOutcome.Employed or CaseOutcome.InEducation;
        int? Domain() => effects.NextDouble() < 0.05 ? null
            : working ? PickEffect((5, 30), (4, 40), (3, 20), (2, 7), (1, 3)) : PickEffect((5, 15), (4, 35), (3, 35), (2, 10), (1, 5));
        return new WorkAbility.Domain.Feedback.ExperiencedChange(Domain(), Domain(), Domain(), Domain(), Domain());
    }

    private T PickEffect<T>(params (T Value, int Weight)[] choices)
    {
        int roll = effects.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }
        return choices[^1].Value;
    }

    /// <summary>
    /// The sote-centre's bookings checked against the screening indicators around a visit that opened a case (F2, F39 reach):
    /// most did not alert; in some of the visits the indicators alerted and the concern was recorded then.
    /// </summary>
    private void BookingChecks(Concern concern, ContactChannel channel, WorkAbility.Domain.Organisations.Organisation sote, DateTimeOffset opened)
    {
        if (channel is not (ContactChannel.Visit or ContactChannel.OmaoloResult or ContactChannel.Phone))
        {
            return;
        }
        if (bookings.NextDouble() < 0.45)
        {
            concern.NoteScreening(true);
            db.ScreeningChecks.Add(WorkAbility.Domain.Screening.ScreeningCheckRecord.Of(sote.Id, sote.Area, alerted: true, opened.AddMinutes(-bookings.Next(5, 600))));
        }
        for (int i = bookings.Next(3, 9); i > 0; i--)
        {
            db.ScreeningChecks.Add(WorkAbility.Domain.Screening.ScreeningCheckRecord.Of(sote.Id, sote.Area, alerted: bookings.NextDouble() < 0.06,
                opened.AddDays(-bookings.Next(0, 30)).AddMinutes(-bookings.Next(0, 600))));
        }
    }
}
