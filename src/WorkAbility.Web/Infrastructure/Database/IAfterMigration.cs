namespace WorkAbility.Web.Infrastructure.Database;

/// <summary>
/// Work that the <c>migrate</c> command does after the schema is up to date, so a large county's
/// nodes do not do it at their first start (kept states and counts for rows written before they existed).
/// </summary>
public interface IAfterMigration
{
    /// <summary>Does what is missing and says what it did, for the command's output.</summary>
    Task<string> RunAsync(CancellationToken ct);

    /// <summary>Also run by a node that migrates at start (the embedded default): for steps that cost one query when nothing is missing.</summary>
    bool AlsoAtStart => false;
}
