using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Cases;

/// <summary>F34: a work ability negotiation has its three parties, an agreed measure and a follow-up after it.</summary>
public class NegotiatingWorkAbilityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static readonly WorkAbilityNegotiation.ParticipantForm?[] Three =
    [
        new(NegotiationRole.Employee, "Niko"), new(NegotiationRole.EmployerRepresentative, "Esa"), new(NegotiationRole.OhNurse, "Terhi"),
    ];

    private static HashSet<string> Errors(Action act) =>
        Assert.Throws<DomainValidationException>(act).Errors.Select(e => e.Field + "=" + e.Code).ToHashSet();

    private static WorkAbilityNegotiation Record(IReadOnlyList<WorkAbilityNegotiation.ParticipantForm?>? people = null, AgreedMeasures measures = AgreedMeasures.WorkTrial,
        DateOnly? heldOn = null, DateOnly? followUpOn = null, string? agreement = "Työkokeilu kevyemmissä tehtävissä.") =>
        WorkAbilityNegotiation.Record(Guid.NewGuid(), heldOn ?? Today, people ?? Three, measures, agreement, followUpOn ?? Today.AddDays(30), Guid.NewGuid(), Now);

    [Fact]
    public void TheThreeParties_AMeasure_AndWordsForIt_AreNeeded()
    {
        Assert.Contains("participants=negotiation_needs_three_parties", Errors(() => Record(people: Three.Take(2).ToList())));
        Assert.Contains("participants=negotiation_needs_three_parties", Errors(() => Record(people: [])));
        Assert.Contains("measures=negotiation_needs_measure", Errors(() => Record(measures: AgreedMeasures.None)));
        Assert.Contains("measures=invalid_choice", Errors(() => Record(measures: (AgreedMeasures)64)));
        Assert.Contains("agreement=required", Errors(() => Record(agreement: " ")));
        var rows = Errors(() => Record(people: [.. Three, null, new(null, "X"), new(NegotiationRole.Kela, " ")]));
        Assert.Contains("participants[3]=required", rows);
        Assert.Contains("participants[4].role=required", rows);
        Assert.Contains("participants[5].name=required", rows);
    }

    [Fact]
    public void ItIsHeld_NotAhead_AndFollowedUpAfterward_WithinAYear()
    {
        Assert.Contains("heldOn=date_in_future", Errors(() => Record(heldOn: Today.AddDays(1), followUpOn: Today.AddDays(30))));
        Assert.Contains("followUpOn=negotiation_follow_up_after", Errors(() => Record(followUpOn: Today)));
        Assert.Contains("followUpOn=follow_up_too_far", Errors(() => Record(followUpOn: Today.AddMonths(13))));

        var held = Record(measures: AgreedMeasures.WorkModifications | AgreedMeasures.PartialSickLeave, heldOn: Today.AddDays(-2));
        Assert.Equal([AgreedMeasures.WorkModifications, AgreedMeasures.PartialSickLeave], WorkAbilityNegotiation.Each(held.Measures));
        Assert.Equal(3, held.Participants.Count);
        Assert.Equal(Today.AddDays(-2), held.HeldOn);
    }
}
