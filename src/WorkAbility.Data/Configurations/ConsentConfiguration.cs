using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Consents;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.ToTable("consents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        // A set of flags: stored as its number so any combination fits.
        b.Property(x => x.Categories).HasConversion<int>();
        b.Property(x => x.Purpose).HasMaxLength(Consent.PurposeMaxLength).IsRequired();
        b.Property(x => x.DocumentReference).HasMaxLength(Consent.ReferenceMaxLength);
        b.Property(x => x.WithdrawalNote).HasMaxLength(Consent.NoteMaxLength);
        b.PrimitiveCollection(x => x.OrganisationIds);
        b.Ignore(x => x.IsWithdrawn);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.WithdrawnById).OnDelete(DeleteBehavior.Restrict);
        // Every access decision reads the client's consents.
        b.HasIndex(x => new { x.ClientId, x.WithdrawnAt });
    }
}
