namespace WorkAbility.Data;

/// <summary>The relational databases the product runs on; chosen with <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: one file, no server; demos, development, small installations.</summary>
    Sqlite,

    /// <summary>Production and integration tests.</summary>
    Postgres,
}
