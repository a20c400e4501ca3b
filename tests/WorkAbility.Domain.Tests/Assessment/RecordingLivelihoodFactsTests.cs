using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Tests.Assessment;

public class RecordingLivelihoodFactsTests
{
    [Fact]
    public void TargetGroups_AreASet_AndAnUntickedBoxAddsNothing()
    {
        var errors = new List<FieldError>();
        var groups = LivelihoodFacts.Combine([TargetGroup.Unemployed, TargetGroup.None, TargetGroup.Disabled, TargetGroup.Unemployed], errors);
        Assert.Empty(errors);
        Assert.Equal(TargetGroup.Unemployed | TargetGroup.Disabled, groups);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(3)]     // two groups in one value: each box is one group
    [InlineData(-1)]
    public void AValueThatIsNoGroup_IsRefused_OnTheField(int value)
    {
        var errors = new List<FieldError>();
        LivelihoodFacts.Combine([(TargetGroup)value], errors);
        Assert.Equal(new FieldError("targetGroups", "invalid_choice"), Assert.Single(errors));
    }
}
