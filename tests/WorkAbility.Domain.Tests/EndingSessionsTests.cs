using WorkAbility.Domain.Sessions;

namespace WorkAbility.Domain.Tests;

public class EndingSessionsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Absolute = TimeSpan.FromHours(10);

    [Fact]
    public void ActiveSession_StaysValid_WhileUsed_UntilTheAbsoluteLimit()
    {
        var s = UserSession.Start("u", T0);
        var now = T0;
        while (now - T0 < Absolute - TimeSpan.FromMinutes(20))
        {
            now = now.AddMinutes(20);
            Assert.True(s.IsValid(now, Idle, Absolute));
            s.Touch(now);
        }
        Assert.False(s.IsValid(T0 + Absolute + TimeSpan.FromMinutes(1), Idle, Absolute));
    }

    [Fact]
    public void IdleSession_Expires()
    {
        var s = UserSession.Start("u", T0);
        Assert.False(s.IsValid(T0.AddMinutes(31), Idle, Absolute));
    }

    [Fact]
    public void EndedSession_IsNeverValidAgain()
    {
        var s = UserSession.Start("u", T0);
        s.End(T0.AddMinutes(1));
        s.End(T0.AddMinutes(5));
        Assert.Equal(T0.AddMinutes(1), s.EndedAt);
        Assert.False(s.IsValid(T0.AddMinutes(2), Idle, Absolute));
    }

    [Fact]
    public void Touch_WritesAtMostOncePerMinute()
    {
        var s = UserSession.Start("u", T0);
        Assert.False(s.Touch(T0.AddSeconds(30)));
        Assert.True(s.Touch(T0.AddSeconds(61)));
        Assert.Equal(T0.AddSeconds(61), s.LastSeenAt);
    }
}
