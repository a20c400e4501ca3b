using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> b)
    {
        b.ToTable("concerns");
        b.HasKey(x => x.Id);
        b.Property(x => x.Description).HasMaxLength(Concern.DescriptionMaxLength).IsRequired();
        b.Property(x => x.SourceService).HasMaxLength(Concern.ServiceMaxLength);
        b.Property(x => x.ClientResponse).HasMaxLength(Concern.ResponseMaxLength);
        b.Ignore(x => x.Basis);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.RecordedAt });
    }
}
