namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// A read model or component one feature publishes for others (the risk radar's counts and panel, the screening
/// alerts): other features may use it, and nothing else of that feature (KeepingTheStructureTests). Types nested in a
/// published type are published with it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublishedAttribute : Attribute;
