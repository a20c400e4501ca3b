using WorkAbility.Domain.Statistics;

namespace WorkAbility.Domain.Tests.Statistics;

public class SuppressingSmallGroupsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(5, 5)]
    [InlineData(1234, 1234)]
    public void Counts_UnderFive_AreNotShown(int count, int? shown) => Assert.Equal(shown, SmallGroups.Reveal(count));

    [Fact]
    public void Total_WithExactlyOneSuppressedCell_IsSuppressed_SoTheCellCannotBeDerived()
    {
        Assert.Null(SmallGroups.RevealTotal([10, 3, 7]));
    }

    [Fact]
    public void Total_WithNoneOrSeveralSuppressedCells_IsShownWhenLargeEnough()
    {
        Assert.Equal(17, SmallGroups.RevealTotal([10, 0, 7]));
        Assert.Equal(15, SmallGroups.RevealTotal([10, 2, 3]));
        Assert.Null(SmallGroups.RevealTotal([1, 2]));
    }
}
