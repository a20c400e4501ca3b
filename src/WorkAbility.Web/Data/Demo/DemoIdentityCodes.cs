using WorkAbility.Domain.Clients;

namespace WorkAbility.Web.Data.Demo;

/// <summary>Hands out unique temporary identity codes (individual numbers 900–999) for fictional people.</summary>
internal sealed class DemoIdentityCodes(int seed)
{
    private readonly Random random = new(seed);
    private readonly HashSet<string> used = [];

    public PersonalIdentityCode Next(DateOnly birthDate)
    {
        while (true)
        {
            var code = PersonalIdentityCode.Create(birthDate, 900 + random.Next(100));
            if (used.Add(code.Value))
            {
                return code;
            }
        }
    }
}
