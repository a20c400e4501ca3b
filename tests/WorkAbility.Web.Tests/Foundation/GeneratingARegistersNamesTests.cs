using WorkAbility.Web.Data.Demo;

namespace WorkAbility.Web.Tests.Foundation;

/// <summary>
/// The scale generator's surnames are spread as a real register's: thousands of names, none borne by more than
/// half a per cent, drawn the same way on every run.
/// </summary>
public class GeneratingARegistersNamesTests
{
    [Fact]
    public void ARegistersSurnames_HaveALongTail_WithoutADominatingName_AndRepeat()
    {
        var surnames = new RegisterSurnames(seed: 18);
        var random = new Random(7);
        var drawn = Enumerable.Range(0, 200_000).Select(_ => surnames.Next(random)).ToList();

        var counts = drawn.CountBy(n => n).Select(g => g.Value).OrderDescending().ToList();
        Assert.True(surnames.Count > 3_000, $"{surnames.Count} names");
        Assert.InRange(surnames.Share(1), 0.003, 0.005);
        // the commonest drawn name within its share, and thousands of names in use
        Assert.InRange(counts[0] / 200_000.0, 0.003, 0.006);
        Assert.True(counts.Count > 3_000, $"{counts.Count} names drawn");
        Assert.True(surnames.Share(1000) < surnames.Share(100) && surnames.Share(100) < surnames.Share(1));
        var again = new Random(7);
        Assert.Equal(drawn.Take(1_000), Enumerable.Range(0, 1_000).Select(_ => new RegisterSurnames(seed: 18).Next(again)));
    }
}
