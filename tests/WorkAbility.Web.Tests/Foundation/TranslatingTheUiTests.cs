using System.Collections;
using System.Globalization;
using System.Resources;
using WorkAbility.Web.Resources;

namespace WorkAbility.Web.Tests.Foundation;

public class TranslatingTheUiTests
{
    private static Dictionary<string, string> Strings(string culture)
    {
        var manager = new ResourceManager(typeof(SharedResource));
        var set = manager.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for {culture}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Fact]
    public void EveryString_ExistsInFinnishSwedishAndEnglish_AndIsNotBlank()
    {
        var fi = Strings(CultureInfo.InvariantCulture.Name);
        var sv = Strings("sv");
        var en = Strings("en");
        Assert.True(fi.Count > 50);
        Assert.Equal(fi.Keys.Order(), sv.Keys.Order());
        Assert.Equal(fi.Keys.Order(), en.Keys.Order());
        Assert.All(fi.Concat(sv).Concat(en), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
    }

    [Fact]
    public void EveryDomainEnumMember_HasAName_InTheUi()
    {
        var fi = Strings(CultureInfo.InvariantCulture.Name);
        var enums = typeof(WorkAbility.Domain.Cases.SupportCase).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace is not null &&
                        (t.Namespace.EndsWith(".Cases", StringComparison.Ordinal) || t.Namespace.EndsWith(".Organisations", StringComparison.Ordinal)));
        var missing = enums.SelectMany(t => Enum.GetNames(t).Select(n => $"Enum.{t.Name}.{n}")).Where(k => !fi.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }
}
