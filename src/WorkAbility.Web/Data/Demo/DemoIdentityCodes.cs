using WorkAbility.Domain.Clients;

namespace WorkAbility.Web.Data.Demo;

/// <summary>Hands out unique temporary identity codes (individual numbers 900–999) for fictional people.</summary>
internal sealed class DemoIdentityCodes(int seed)
{
    private readonly Random random = new(seed);
    private readonly HashSet<string> used = [];

    public PersonalIdentityCode Next(DateOnly birthDate)
    {
        // A day has only 100 temporary codes; a county of a million fills some days, and the person is then born a day later.
        for (int tries = 0; ; tries++)
        {
            var day = birthDate.AddDays(tries / 400);
            var code = PersonalIdentityCode.Create(day, 900 + random.Next(100));
            if (used.Add(code.Value))
            {
                return code;
            }
        }
    }

    /// <summary>Codes already given (by an earlier load), never handed out again.</summary>
    public void Reserve(IEnumerable<string> codes) => used.UnionWith(codes);
}
