using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Services;

namespace WorkAbility.Data.Configurations;

internal sealed class ExistingServiceConfiguration : IEntityTypeConfiguration<ExistingService>
{
    public void Configure(EntityTypeBuilder<ExistingService> b)
    {
        b.ToTable("existing_services");
        b.HasKey(x => x.Id);
        b.Property(x => x.Organisation).HasMaxLength(ExistingService.OrganisationMaxLength);
        b.Property(x => x.ContactPerson).HasMaxLength(ExistingService.ContactMaxLength);
        b.Property(x => x.Contact).HasMaxLength(ExistingService.ContactMaxLength);
        b.Property(x => x.Note).HasMaxLength(ExistingService.NoteMaxLength);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CatalogueService>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ClientId);
    }
}
