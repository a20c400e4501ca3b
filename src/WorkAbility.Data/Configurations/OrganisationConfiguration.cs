using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("organisations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        b.Property(x => x.Area).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        b.HasIndex(x => x.Kind);
    }
}

internal sealed class ProfessionalConfiguration : IEntityTypeConfiguration<Professional>
{
    public void Configure(EntityTypeBuilder<Professional> b)
    {
        b.ToTable("professionals");
        b.HasKey(x => x.Id);
        b.Property(x => x.FirstName).HasMaxLength(Professional.NameMaxLength).IsRequired();
        b.Property(x => x.LastName).HasMaxLength(Professional.NameMaxLength).IsRequired();
        b.Property(x => x.Username).HasMaxLength(Professional.UsernameMaxLength).IsRequired();
        b.HasIndex(x => x.Username).IsUnique();
        b.HasIndex(x => x.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.DisplayName);
        b.Property(x => x.WorkPhone).HasMaxLength(Professional.ContactMaxLength);
        b.Property(x => x.WorkEmail).HasMaxLength(Professional.ContactMaxLength);
    }
}
