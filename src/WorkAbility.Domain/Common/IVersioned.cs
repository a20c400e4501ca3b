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
