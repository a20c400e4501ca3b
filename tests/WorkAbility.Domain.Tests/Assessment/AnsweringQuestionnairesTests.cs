using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Assessment;

public class AnsweringQuestionnairesTests
{
    private static readonly LocalizedText T = new("fi", "sv", "en");
    private static readonly AnswerOption[] Scale = [new("1", T, 1), new("2", T, 2), new("3", T, 3)];

    private static readonly Questionnaire Q = new("urn:q", "1", T,
    [
        new("was", T, ItemType.Integer, true, 0, 10, [], []),
        new("body", T, ItemType.Choice, true, null, null, Scale, []),
        new("mind", T, ItemType.Choice, true, null, null, Scale, []),
        new("working", T, ItemType.Choice, true, null, null, [new("yes", T, null), new("no", T, null)], []),
        new("demands", T, ItemType.Choice, true, null, null, Scale, [new EnableWhen("working", "yes")]),
        new("words", T, ItemType.Text, false, null, null, [], [], MaxLength: 20),
    ],
    [new ScoreDefinition("total", T, ["body", "mind"])]);

    private static Dictionary<string, string?> Answers(params (string Id, string? Value)[] a) => a.ToDictionary(x => x.Id, x => x.Value);

    [Fact]
    public void MissingRequiredAnswers_AreAllNamed()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Q.Validate(Answers(("was", "5"), ("body", " "))));
        Assert.Equal(["body", "mind", "working"], ex.Errors.Select(e => e.Field));
        Assert.All(ex.Errors, e => Assert.Equal("answer_required", e.Code));
    }

    [Fact]
    public void EnableWhen_MakesAnItemRequiredOnlyWhenItsConditionHolds()
    {
        Q.Validate(Answers(("was", "5"), ("body", "1"), ("mind", "2"), ("working", "no")));
        var ex = Assert.Throws<DomainValidationException>(() => Q.Validate(Answers(("was", "5"), ("body", "1"), ("mind", "2"), ("working", "yes"))));
        Assert.Equal(new FieldError("demands", "answer_required"), Assert.Single(ex.Errors));
    }

    [Fact]
    public void AnswersOfDisabledItems_AreDropped()
    {
        var clean = Q.Validate(Answers(("was", "5"), ("body", "1"), ("mind", "2"), ("working", "no"), ("demands", "3")));
        Assert.False(clean.ContainsKey("demands"));
    }

    [Theory]
    [InlineData("was", "11", "answer_out_of_range")]
    [InlineData("was", "-1", "answer_out_of_range")]
    [InlineData("was", "viisi", "answer_out_of_range")]
    [InlineData("body", "4", "invalid_choice")]
    [InlineData("words", "tämä teksti on liian pitkä", "too_long")]
    [InlineData("nope", "1", "unknown_item")]
    public void InvalidAnswers_AreRefused(string item, string value, string code)
    {
        var a = Answers(("was", "5"), ("body", "1"), ("mind", "2"), ("working", "no"));
        a[item] = value;
        var ex = Assert.Throws<DomainValidationException>(() => Q.Validate(a));
        Assert.Equal(new FieldError(item, code), Assert.Single(ex.Errors));
    }

    [Fact]
    public void Scores_SumTheOptionScores()
    {
        var clean = Q.Validate(Answers(("was", "0"), ("body", "3"), ("mind", "2"), ("working", "no")));
        Assert.Equal(5, Q.Score(clean)["total"]);
    }

    [Fact]
    public void SelfAssessment_KeepsAnswersAndScores()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        var s = SelfAssessment.Record(Guid.NewGuid(), Q, Answers(("was", "4"), ("body", "3"), ("mind", "3"), ("working", "no"), ("words", "Väsyttää")),
            FilledBy.ProfessionalWithClient, Guid.NewGuid(), now);
        Assert.Equal("4", s.Answers["was"]);
        Assert.Equal("Väsyttää", s.Answers["words"]);
        Assert.Equal(6, s.Scores["total"]);
    }
}
