using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Services;

namespace WorkAbility.Data.Configurations;

internal sealed class CatalogueServiceConfiguration : IEntityTypeConfiguration<CatalogueService>
{
    public void Configure(EntityTypeBuilder<CatalogueService> b)
    {
        b.ToTable("catalogue_services");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        foreach (var name in new[] { nameof(CatalogueService.Name), nameof(CatalogueService.NameSv), nameof(CatalogueService.NameEn),
                     nameof(CatalogueService.ProviderName), nameof(CatalogueService.Area) })
        {
            b.Property(name).HasMaxLength(CatalogueService.NameMaxLength);
        }
        foreach (var name in new[] { nameof(CatalogueService.Description), nameof(CatalogueService.DescriptionSv), nameof(CatalogueService.DescriptionEn),
                     nameof(CatalogueService.TargetGroup), nameof(CatalogueService.Contact) })
        {
            b.Property(name).HasMaxLength(CatalogueService.TextMaxLength);
        }
        b.Property(x => x.UnitCost).HasPrecision(12, 2);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Active, x.Category, x.Name });
    }
}
