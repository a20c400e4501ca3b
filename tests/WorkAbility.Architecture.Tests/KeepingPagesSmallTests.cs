using System.Reflection;
using Microsoft.AspNetCore.Components;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace WorkAbility.Architecture.Tests;

/// <summary>
/// Pages compose; forms change. A component holds at most one form and injects at most one handler that writes, so a
/// form is a component beside its use case (<c>Features/Teams/ProposeHandoverForm.razor</c> next to
/// <c>ProposeHandover.cs</c>) and a page only puts forms and read models together. Files stay small enough to read.
/// </summary>
public class KeepingPagesSmallTests
{
    private static readonly Assembly WebAssembly = typeof(WorkAbility.Web.Features.FeatureRegistration).Assembly;

    private static readonly Lazy<HashSet<string>> WritingHandlers = new(FindWritingHandlers);

    [Fact]
    public void AComponent_InjectsAtMostOneHandlerThatWrites()
    {
        var offenders = WebAssembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Type: t, Writers: Injected(t).Where(h => WritingHandlers.Value.Contains(h.FullName!.Replace('+', '/'))).Select(h => h.DeclaringType!.Name).ToList()))
            .Where(x => x.Writers.Count > 1)
            .Select(x => $"{x.Type.Name}: {string.Join(", ", x.Writers)}").ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void AComponent_HoldsAtMostOneForm()
    {
        var offenders = Files("*.razor")
            .Select(f => (File: f, Forms: File.ReadAllText(f).Split("<form ").Length - 1))
            .Where(x => x.Forms > 1)
            .Select(x => $"{Rel(x.File)}: {x.Forms} forms").ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void NoComponent_IsOver250Lines_AndNoHandWrittenClassOver400()
    {
        // Migrations are generated, not written; every other source file of the product counts.
        var handWritten = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains("WorkAbility.Migrations.", StringComparison.Ordinal));
        var offenders = Files("*.razor").Select(f => (f, Lines: File.ReadLines(f).Count(), Limit: 250))
            .Concat(handWritten.Select(f => (f, Lines: File.ReadLines(f).Count(), Limit: 400)))
            .Where(x => x.Lines > x.Limit)
            .Select(x => $"{Rel(x.f)}: {x.Lines} lines (at most {x.Limit})").ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void TheWriteDetector_FindsWritesAndReads()
    {
        // The rule above is only as good as its detector: a use case that saves is found, one that only reads is not.
        Assert.Contains(Name(typeof(WorkAbility.Web.Features.Teams.ProposeHandover.Handler)), WritingHandlers.Value);
        Assert.Contains(Name(typeof(WorkAbility.Web.Features.Plans.SavePlan.Handler)), WritingHandlers.Value);
        Assert.DoesNotContain(Name(typeof(WorkAbility.Web.Features.Teams.ShowTeam.Handler)), WritingHandlers.Value);
        Assert.DoesNotContain(Name(typeof(WorkAbility.Web.Features.Worklist.ShowWorklist.Handler)), WritingHandlers.Value);
    }

    private static string Name(Type t) => t.FullName!.Replace('+', '/');

    private static IEnumerable<Type> Injected(Type component) =>
        component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.IsDefined(typeof(InjectAttribute)) && p.PropertyType is { Name: "Handler", DeclaringType: not null })
            .Select(p => p.PropertyType);

    /// <summary>Handlers whose code (async state machines and lambdas included) saves, or updates or deletes in the database.</summary>
    private static HashSet<string> FindWritingHandlers()
    {
        using var module = ModuleDefinition.ReadModule(WebAssembly.Location);
        var writers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in module.Types.SelectMany(t => t.NestedTypes).Where(t => t.Name == "Handler"))
        {
            if (Nested(type).SelectMany(t => t.Methods).Where(m => m.HasBody).SelectMany(m => m.Body.Instructions)
                .Any(i => (i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt) && i.Operand is MethodReference { Name: var n } &&
                          (n.StartsWith("SaveChanges", StringComparison.Ordinal) || n.StartsWith("ExecuteUpdate", StringComparison.Ordinal) ||
                           n.StartsWith("ExecuteDelete", StringComparison.Ordinal))))
            {
                writers.Add(type.FullName);
            }
        }
        return writers;
    }

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) => new[] { type }.Concat(type.NestedTypes.SelectMany(Nested));

    private static string Web => Path.Combine(RepositoryRoot(), "src", "WorkAbility.Web");

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Web, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Rel(string file) => Path.GetRelativePath(Web, file);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkAbility.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (WorkAbility.slnx) was not found.");
    }
}
