using System.Reflection;
using System.Text.RegularExpressions;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using Microsoft.AspNetCore.Components;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace WorkAbility.Architecture.Tests;

/// <summary>
/// The structure rules of docs/architecture.md, checked on the compiled code (and, for files, on
/// the sources): a change that breaks one fails here with the offending types named.
/// </summary>
public partial class KeepingTheStructureTests
{
    private static readonly Assembly WebAssembly = typeof(WorkAbility.Web.Features.FeatureRegistration).Assembly;
    private static readonly Assembly DomainAssembly = typeof(WorkAbility.Domain.Cases.SupportCase).Assembly;
    private static readonly Assembly DataAssembly = typeof(WorkAbility.Data.AppDbContext).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture Code =
        new ArchLoader().LoadAssemblies(WebAssembly, DomainAssembly, DataAssembly).Build();

    private const string Features = "WorkAbility.Web.Features";

    [Fact]
    public void TheDomain_ReferencesNoFramework()
    {
        Types().That().ResideInAssembly(DomainAssembly)
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^(Microsoft|Hl7|Npgsql|Ical|Blazor)(\..*)?$"))
            .Because("the rules of the service model are plain C#, tested without a database or a web host")
            .Check(Code);
    }

    [Fact]
    public void TheDomain_AndTheData_DoNotKnowTheWebLayer()
    {
        Types().That().ResideInAssembly(DomainAssembly).Or().ResideInAssembly(DataAssembly)
            .Should().NotDependOnAny(Types().That().ResideInAssembly(WebAssembly))
            .Check(Code);
    }

    [Fact]
    public void Infrastructure_DoesNotReachIntoFeatures()
    {
        Types().That().ResideInNamespaceMatching(@"^WorkAbility\.Web\.Infrastructure(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^WorkAbility\.Web\.Features(\..*)?$"))
            .Because("features are built on infrastructure, never the other way round")
            .Check(Code);
    }

    [Fact]
    public void OnlyTheFhirBoundary_SpeaksFhir()
    {
        Types().That().ResideInAssembly(WebAssembly).And().DoNotResideInNamespaceMatching(@"^WorkAbility\.Web\.Fhir(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^(Hl7|Firely)(\..*)?$"))
            .Because("FHIR is spoken at the boundary only: the rest of the product knows its own model (docs/fhir.md)")
            .Check(Code);
    }

    [Fact]
    public void TheFhirBoundary_IsNotUsedByFeatures()
    {
        Types().That().ResideInNamespaceMatching(@"^WorkAbility\.Web\.(Features|Infrastructure)(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^WorkAbility\.Web\.Fhir(\..*)?$"))
            .Because("the boundary calls the use cases like a page does; the use cases never know how other systems are spoken to")
            .Check(Code);
    }

    public static TheoryData<string> FeatureNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in WebAssembly.GetTypes().Select(t => t.Namespace).OfType<string>()
                     .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
                     .Select(n => n[(Features.Length + 1)..].Split('.')[0]).Where(n => n != "Shared").Distinct().Order())
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void AFeature_UsesOnlyItself_TheSharedPlace_AndWhatOtherFeaturesPublish(string feature)
    {
        Types().That().ResideInNamespaceMatching($@"^WorkAbility\.Web\.Features\.{feature}(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching($@"^WorkAbility\.Web\.Features\.(?!{feature}(\.|$)|Shared(\.|$))[A-Za-z]+(\..*)?$")
                .And().FollowCustomPredicate(t => !IsPublished(t), "are not published with [Published]"))
            .Because("a feature owns its routes and internals; others use only the read models it publishes ([Published]), and what several features need lives in Features/Shared")
            .Check(Code);
    }

    [Fact]
    public void FeaturesShared_HoldsNoFeaturesWork()
    {
        // The shared place is for what several features need (addresses, paging, the case-opening service), not a
        // second home: a risk or screening type belongs to its feature and is published from there.
        var misplaced = WebAssembly.GetTypes()
            .Where(t => t.Namespace == Features + ".Shared" && t.Name is var n && (n.Contains("Risk", StringComparison.Ordinal) || n.Contains("Screening", StringComparison.Ordinal)))
            .Select(t => t.FullName).ToList();
        Assert.True(misplaced.Count == 0, string.Join(Environment.NewLine, misplaced));
    }

    private static bool IsPublished(ArchUnitNET.Domain.IType type)
    {
        for (var t = WebAssembly.GetType(type.FullName.Replace('/', '+'), throwOnError: false); t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(WorkAbility.Web.Features.Shared.PublishedAttribute), inherit: false))
            {
                return true;
            }
        }
        return false;
    }

    [Fact]
    public void NoClass_RepeatsItsNamespace()
    {
        var repeating = WebAssembly.GetTypes().Concat(DomainAssembly.GetTypes())
            .Where(t => !t.IsNested && t.Namespace is { } ns && t.Name == ns.Split('.')[^1])
            .Select(t => t.FullName).ToList();
        Assert.True(repeating.Count == 0, string.Join(Environment.NewLine, repeating));
    }

    [Fact]
    public void EveryHandler_IsOneUseCase()
    {
        // A handler has one public operation; a class with several public async operations is a
        // service class holding many use cases, which this structure replaces. (Features/Shared holds the services
        // several use cases call, such as opening a case, and a feature's [Published] read models serve others; they
        // are not use cases.)
        var offenders = WebAssembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(Features, StringComparison.Ordinal) == true && t.Namespace != Features + ".Shared" && t.IsClass && !t.IsAbstract
                        && !t.IsDefined(typeof(WorkAbility.Web.Features.Shared.PublishedAttribute), inherit: false)
                        && !typeof(IComponent).IsAssignableFrom(t) && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => (Type: t, Operations: t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Count(m => !m.IsSpecialName && typeof(Task).IsAssignableFrom(m.ReturnType))))
            .Where(x => x.Operations > 1)
            .Select(x => $"{x.Type.FullName}: {x.Operations} operations").ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void AFile_HoldsAtMostOneUseCaseHandler()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "WorkAbility.Web", "Features");
        var offenders = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .Where(f => HandlerClass().Matches(File.ReadAllText(f)).Count > 1)
            .Select(f => Path.GetRelativePath(features, f)).ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void ClientPageAddresses_ComeFromPaths_NotFromStringLiterals()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "WorkAbility.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.EndsWith("Paths.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => ClientAddressLiteral().IsMatch(x.line) && !x.line.TrimStart().StartsWith("@page", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(web, x.f)}:{x.i + 1}").ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void EveryPage_UsesTheOneFormPattern()
    {
        // Errors reach the user one way: FormPage.Submit/Load into FormErrors (ErrorSummary, FieldMessage),
        // "not found" and "access log down" decided by the base page, never caught page by page.
        string[] otherPatterns = ["ValidationMessageStore", "ValidationMessage ", "ValidationSummary", "catch (AccessLogUnavailableException)",
            "catch (ClientNotFoundException)", "catch (WorkAbility.Domain.Common.Domain"];
        var features = Path.Combine(RepositoryRoot(), "src", "WorkAbility.Web", "Features");
        var offenders = Directory.EnumerateFiles(features, "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => otherPatterns.Where(File.ReadAllText(f).Contains).Select(p => $"{Path.GetRelativePath(features, f)}: {p}"))
            .ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Configuration_IsReadOnlyThroughTheSettingsClasses()
    {
        // Settings are typed classes bound and checked at start (Infrastructure/Settings); reading a key by its string
        // elsewhere repeats defaults and skips the checks.
        var web = Path.Combine(RepositoryRoot(), "src", "WorkAbility.Web");
        var settings = Path.Combine(web, "Infrastructure", "Settings");
        var offenders = SourceFiles(web)
            .Where(f => !f.StartsWith(settings, StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => ConfigurationByKey().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(web, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void EverySaveEffect_IsListed_AndShownInTheRequestWalk()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        WorkAbility.Web.Features.FeatureRegistration.AddWorkAbilityFeatures(services);
        WorkAbility.Web.Fhir.FhirRegistration.AddWorkAbilityFhir(services);
        var effects = services.Where(d => d.ServiceType == typeof(Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor))
            .Select(d => d.ImplementationType?.Name ?? "(a factory)").ToList();
        Assert.NotEmpty(effects);
        var root = RepositoryRoot();
        var list = File.ReadAllText(Path.Combine(root, "src", "WorkAbility.Web", "Infrastructure", "Database", "SaveEffects.cs"));
        var walk = File.ReadAllText(Path.Combine(root, "docs", "architecture.md"));
        var missing = effects.Where(e => !list.Contains(e, StringComparison.Ordinal) || !walk.Contains(e, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "save effects not in SaveEffects.cs or docs/architecture.md: " + string.Join(", ", missing));
        // In the order they run: the list names them in the order they are registered.
        Assert.Equal(effects, effects.OrderBy(e => list.IndexOf(e, StringComparison.Ordinal)).ToList());
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkAbility.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (WorkAbility.slnx) was not found.");
    }

    [GeneratedRegex(@"\bclass\s+Handler\b")]
    private static partial Regex HandlerClass();

    [GeneratedRegex(@"\bGetValue(<[^>]+>)?\(\s*""|\.GetSection\(|GetConnectionString\(|[Cc]onfiguration\s*\[|\.Bind\(|BindConfiguration\(")]
    private static partial Regex ConfigurationByKey();

    [GeneratedRegex("\"/asiakkaat(/|\")")]
    private static partial Regex ClientAddressLiteral();
}
