using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Access;

namespace WorkAbility.Data.Configurations;

internal sealed class AccessLogConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public const string Table = "access_log";

    public void Configure(EntityTypeBuilder<AccessLogEntry> b)
    {
        b.ToTable(Table);
        b.HasKey(x => x.Id);
        // Insertion order from the database: no lock, no read of the chain head when writing.
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.UserId).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.Property(x => x.Role).HasMaxLength(40);
        b.Property(x => x.Resource).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.Property(x => x.Purpose).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.HasIndex(x => new { x.ClientId, x.OccurredAt });
        b.HasIndex(x => new { x.UserId, x.OccurredAt });
        // The sealer looks for unsealed entries from a little before the chain head's time.
        b.HasIndex(x => x.OccurredAt);
    }
}

internal sealed class AccessLogSealConfiguration : IEntityTypeConfiguration<AccessLogSeal>
{
    public const string Table = "access_log_chain";

    public void Configure(EntityTypeBuilder<AccessLogSeal> b)
    {
        b.ToTable(Table);
        b.HasKey(x => x.Sequence);
        // Assigned by the sealer under its lock, so the chain has no gaps.
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.HasIndex(x => x.EntryId).IsUnique();
        b.Property(x => x.KeyId).HasMaxLength(AccessLogSeal.KeyIdMaxLength).IsRequired();
        b.Property(x => x.PreviousMac).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(x => x.Mac).HasMaxLength(64).IsFixedLength().IsRequired();
    }
}

/// <summary>The access log as versions before the keyed chain wrote it; read only, by the verifier.</summary>
internal sealed class LegacyAccessLogConfiguration : IEntityTypeConfiguration<LegacyAccessLogEntry>
{
    public const string Table = "access_log_legacy";

    public void Configure(EntityTypeBuilder<LegacyAccessLogEntry> b)
    {
        b.ToTable(Table);
        b.HasKey(x => x.Sequence).HasName("PK_access_log_legacy");
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.UserId).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.Property(x => x.Role).HasMaxLength(40);
        b.Property(x => x.Resource).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.Property(x => x.Purpose).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.Property(x => x.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(x => x.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
    }
}
