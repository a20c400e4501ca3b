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
    public void EveryPlainFinnishText_StandsForAFinnishOne_WithTheSamePlaceholders()
    {
        var fi = Strings(CultureInfo.InvariantCulture.Name);
        var plain = new ResourceManager(typeof(PlainFinnish)).GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        Assert.True(plain.Count > 100);
        Assert.All(plain, kv =>
        {
            Assert.True(fi.ContainsKey(kv.Key), kv.Key + " is not a key of the Finnish texts");
            Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key);
            Assert.Equal(System.Text.RegularExpressions.Regex.Matches(fi[kv.Key], @"\{\d\}").Select(m => m.Value).Order(),
                System.Text.RegularExpressions.Regex.Matches(kv.Value, @"\{\d\}").Select(m => m.Value).Order());
        });
        // The client's home, tasks, messages and request speak selkosuomi throughout, not only here and there.
        foreach (var prefix in new[] { "My.Home.", "My.Stage.", "My.Next.", "My.Nav.", "AskForSupport.", "Notices.", "Notice." })
        {
            Assert.All(fi.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)), k => Assert.True(plain.ContainsKey(k), k + " has no plain text"));
        }
    }

    [Fact]
    public void EveryNoticeToAProfessional_SaysWhatItIs_WhatToDo_AndWhereToGo()
    {
        var fi = Strings(CultureInfo.InvariantCulture.Name);
        var missing = Enum.GetNames<WorkAbility.Domain.Notifications.NotificationKind>()
            .SelectMany(k => new[] { $"Notification.Kind.{k}", $"Notification.Todo.{k}", $"Notification.Go.{k}" })
            .Where(key => !fi.ContainsKey(key)).ToList();
        Assert.Empty(missing);
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
