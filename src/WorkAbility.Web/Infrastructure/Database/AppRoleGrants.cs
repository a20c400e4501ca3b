using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;

namespace WorkAbility.Web.Infrastructure.Database;

/// <summary>
/// On PostgreSQL the schema belongs to the owner role that runs <c>migrate</c>; the app connects as
/// a separate role with data rights only. That role may read and add access-log entries and
/// links but never change, remove or truncate them, and — not being the owner — cannot alter the
/// tables or switch the append-only triggers off. Granted again on every <c>migrate</c>, so new
/// tables are covered. The month partitions (<see cref="MonthPartitions"/>) are reached only through
/// their table, whose rights apply: the role has none on a partition itself, so it cannot truncate a month.
/// </summary>
public static partial class AppRoleGrants
{
    /// <summary>Tables whose rows are never changed or removed once written.</summary>
    public static readonly string[] AppendOnlyTables = ["access_log", "access_log_chain", "access_log_legacy"];

    public static async Task GrantAsync(AppDbContext db, string role, CancellationToken ct)
    {
        if (!RoleName().IsMatch(role))
        {
            throw new InvalidOperationException("Database:AppRole must be a plain PostgreSQL role name (letters, digits, underscore).");
        }
        var quoted = $"\"{role}\"";
        var appendOnly = string.Join(", ", AppendOnlyTables);
        // Identifiers cannot be parameters; the role name was checked above.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"""
            GRANT USAGE ON SCHEMA public TO {quoted};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted};
            REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {appendOnly} FROM {quoted};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "__EFMigrationsHistory" FROM {quoted};
            GRANT EXECUTE ON FUNCTION {MonthPartitions.Function}(integer) TO {quoted};
            DO $$
            DECLARE partition regclass;
            BEGIN
                FOR partition IN SELECT inhrelid::regclass FROM pg_inherits
                                 WHERE inhparent IN ({string.Join(", ", MonthPartitions.Tables.Select(t => $"'{t}'::regclass"))}) LOOP
                    EXECUTE format('REVOKE ALL ON %s FROM %I', partition, '{role}');
                END LOOP;
            END $$;
            """, ct);
#pragma warning restore EF1002
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
