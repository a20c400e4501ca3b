using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The access log, case events and notifications become tables partitioned by month (declarative range
    /// partitioning on the time each row was written), so that retention detaches a month instead of deleting
    /// rows and vacuum works on the current months only. The rows written before this version stay where they
    /// are: the old table becomes the partition "…_history" for every time before the next month, its indexes
    /// and foreign keys attached as they are (only the key is built again, now with the time). Month partitions
    /// from the next month on, and a default partition for a time no month covers, come from
    /// <c>workability_add_month_partitions</c>, which the app calls after each migrate and once a day.
    /// </summary>
    public partial class MonthPartitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
CREATE FUNCTION pg_temp.partition_by_month(tbl text, col text, boundary text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    history text := tbl || '_history';
    indexes text[];
    foreign_keys text[][];
    def text;
    i integer;
BEGIN
    SELECT coalesce(array_agg(pg_get_indexdef(indexrelid)), '{}') INTO indexes
      FROM pg_index WHERE indrelid = tbl::regclass AND NOT indisprimary;
    SELECT coalesce(array_agg(ARRAY[conname::text, pg_get_constraintdef(oid)]), '{}') INTO foreign_keys
      FROM pg_constraint WHERE conrelid = tbl::regclass AND contype = 'f';

    EXECUTE format('ALTER TABLE %I RENAME TO %I', tbl, history);
    FOR def IN SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = history::regclass AND NOT indisprimary LOOP
        EXECUTE format('ALTER INDEX %s RENAME TO %I', def, replace(trim(both '"' from def), 'IX_' || tbl || '_', 'IX_' || history || '_'));
    END LOOP;
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', history, 'PK_' || tbl);
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY ("Id", %I)', history, 'PK_' || history, col);

    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS) PARTITION BY RANGE (%I)', tbl, history, col);
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY ("Id", %I)', tbl, 'PK_' || tbl, col);
    FOREACH def IN ARRAY indexes LOOP
        EXECUTE def;
    END LOOP;
    FOR i IN 1 .. coalesce(array_length(foreign_keys, 1), 0) LOOP
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, foreign_keys[i][1], foreign_keys[i][2]);
    END LOOP;
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (MINVALUE) TO (%L)', tbl, history, boundary);
END $$;

DO $$
DECLARE
    boundary text := to_char(date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00';
    next_id bigint;
BEGIN
    -- A partitioned table cannot have an identity column on PostgreSQL 15: the access log's numbers continue from a sequence.
    SELECT coalesce(max("Id"), 0) + 1 INTO next_id FROM access_log;
    DROP TRIGGER access_log_no_update_delete ON access_log;
    DROP TRIGGER access_log_no_truncate ON access_log;
    ALTER TABLE access_log ALTER COLUMN "Id" DROP IDENTITY;
    PERFORM pg_temp.partition_by_month('access_log', 'OccurredAt', boundary);
    CREATE SEQUENCE access_log_id_seq OWNED BY access_log."Id";
    PERFORM setval('access_log_id_seq', next_id, false);
    ALTER TABLE access_log ALTER COLUMN "Id" SET DEFAULT nextval('access_log_id_seq');
    -- Row triggers of a partitioned table apply to every partition, those made later too.
    CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON access_log
        FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
    CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();

    PERFORM pg_temp.partition_by_month('case_events', 'OccurredAt', boundary);
    PERFORM pg_temp.partition_by_month('notifications', 'CreatedAt', boundary);
END $$;

-- Called by the migrate command and by each app node once a day; the owner's rights, so the app's role,
-- which may not alter tables, can add the coming months. Returns how many partitions it made.
CREATE FUNCTION workability_add_month_partitions(months_ahead integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tbl text;
    m integer;
    month_start timestamp;
    made integer := 0;
BEGIN
    -- A new partition briefly locks its table: rather give way to a long transaction and try tomorrow.
    PERFORM set_config('lock_timeout', '5s', true);
    -- one node at a time
    PERFORM pg_advisory_xact_lock(hashtext('workability_add_month_partitions'));
    FOREACH tbl IN ARRAY ARRAY['access_log', 'case_events', 'notifications'] LOOP
        FOR m IN 0 .. greatest(months_ahead, 0) LOOP
            month_start := date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => m);
            CONTINUE WHEN to_regclass(tbl || '_' || to_char(month_start, 'YYYY_MM')) IS NOT NULL;
            BEGIN
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                    tbl || '_' || to_char(month_start, 'YYYY_MM'), tbl,
                    to_char(month_start, 'YYYY-MM-DD') || ' 00:00:00+00',
                    to_char(month_start + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
                made := made + 1;
            EXCEPTION
                -- the month is still inside the history partition
                WHEN invalid_object_definition THEN NULL;
                WHEN duplicate_table THEN NULL;
                -- rows of that month already wait in the default partition: they stay there, still read and counted
                WHEN check_violation THEN
                    RAISE WARNING '% has rows of % in its default partition; that month stays there', tbl, to_char(month_start, 'YYYY-MM');
                WHEN lock_not_available THEN
                    RAISE WARNING '% was busy; its partition for % is made on the next round', tbl, to_char(month_start, 'YYYY-MM');
            END;
        END LOOP;
        IF to_regclass(tbl || '_default') IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', tbl || '_default', tbl);
            made := made + 1;
        END IF;
        -- Autovacuum analyses the partitions but never the partitioned table, whose figures plan joins over all months.
        EXECUTE format('ANALYZE %I', tbl);
    END LOOP;
    RETURN made;
END $$;
REVOKE ALL ON FUNCTION workability_add_month_partitions(integer) FROM PUBLIC;

SELECT workability_add_month_partitions(3);
""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Merging the months back into one table rewrites every row of the three largest tables;
            // going back past this version is a restore from the backup taken before the upgrade.
            throw new NotSupportedException("The month partitions are not undone by a migration; restore the backup taken before the upgrade.");
        }
    }
}
