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
        b.HasKey(x => x.Sequence);
        // The sequence is assigned by the appender under a lock, so the chain has no gaps.
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.UserId).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.Property(x => x.Role).HasMaxLength(40);
        b.Property(x => x.Resource).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.Property(x => x.Purpose).HasMaxLength(AccessLogEntry.TextMaxLength).IsRequired();
        b.Property(x => x.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(x => x.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        b.HasIndex(x => new { x.ClientId, x.OccurredAt });
        b.HasIndex(x => new { x.UserId, x.OccurredAt });
    }
}
