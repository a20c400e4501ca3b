using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class ExternalMeasureConfiguration : IEntityTypeConfiguration<ExternalMeasure>
{
    public void Configure(EntityTypeBuilder<ExternalMeasure> b)
    {
        b.ToTable("external_measures");
        b.HasKey(x => x.Id);
        b.Property(x => x.Instrument).HasMaxLength(60).IsRequired();
        b.Property(x => x.ScoresJson).IsRequired();
        b.Property(x => x.Note).HasMaxLength(ExternalMeasure.NoteMaxLength);
        b.Ignore(x => x.Scores);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ClientId, x.Instrument, x.MeasuredOn });
    }
}
