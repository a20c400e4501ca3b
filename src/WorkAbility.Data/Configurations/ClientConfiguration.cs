using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Clients;

namespace WorkAbility.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("clients");
        b.HasKey(x => x.Id);
        b.Property(x => x.PersonalIdentityCode)
            .HasConversion(v => v.Value, s => PersonalIdentityCode.Parse(s))
            .HasMaxLength(PersonalIdentityCode.Length)
            .IsRequired();
        b.HasIndex(x => x.PersonalIdentityCode).IsUnique();
        b.Property(x => x.FirstName).HasMaxLength(Client.NameMaxLength).IsRequired();
        b.Property(x => x.LastName).HasMaxLength(Client.NameMaxLength).IsRequired();
        b.Property(x => x.Municipality).HasMaxLength(Client.MunicipalityMaxLength).IsRequired();
        b.Property(x => x.Phone).HasMaxLength(Client.PhoneMaxLength);
        b.Property(x => x.Email).HasMaxLength(Client.EmailMaxLength);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.LastName, x.FirstName });
        b.Ignore(x => x.FullName);
        b.Property(x => x.PreferredLanguage).HasMaxLength(5).HasDefaultValue(Client.DefaultLanguage);
        b.HasOne<WorkAbility.Domain.Organisations.Organisation>().WithMany().HasForeignKey(x => x.RegisteredAtOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
