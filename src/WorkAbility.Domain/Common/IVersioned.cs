namespace WorkAbility.Domain.Common;

/// <summary>
/// An editable aggregate with an optimistic concurrency token. The persistence layer renews
/// <see cref="Version"/> on every save, so two people editing the same record cannot silently
/// overwrite each other.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>
/// An aggregate whose parts (a team's memberships) are part of its state: adding, changing or
/// removing a part is a new version of the whole, so a change based on an older version is refused.
/// </summary>
public interface IVersionedWithParts : IVersioned;
