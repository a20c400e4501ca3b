using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Screening;

namespace WorkAbility.Data.Configurations;

internal sealed class ScreeningCheckConfiguration : IEntityTypeConfiguration<ScreeningCheckRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningCheckRecord> b)
    {
        b.ToTable("screening_checks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Municipality).HasMaxLength(100);
        // The statistics count a period's checks by municipality.
        b.HasIndex(x => new { x.CheckedAt, x.Municipality });
    }
}
