using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Data.Configurations;

internal sealed class CoordinatorReferralConfiguration : IEntityTypeConfiguration<CoordinatorReferral>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<CoordinatorReferral> b)
    {
        b.ToTable("coordinator_referrals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.PersonalIdentityCode).HasMaxLength(PersonalIdentityCode.Length);
        b.Property(x => x.FirstName).HasMaxLength(Client.NameMaxLength).IsRequired();
        b.Property(x => x.LastName).HasMaxLength(Client.NameMaxLength).IsRequired();
        b.Property(x => x.Phone).HasMaxLength(Client.PhoneMaxLength);
        b.Property(x => x.Municipality).HasMaxLength(Client.MunicipalityMaxLength).IsRequired();
        b.Property(x => x.Concern).HasMaxLength(CoordinatorReferral.TextMaxLength).IsRequired();
        b.Property(x => x.ClientsOwnWords).HasMaxLength(CoordinatorReferral.TextMaxLength);
        b.Property(x => x.Tried).HasMaxLength(CoordinatorReferral.TextMaxLength);
        b.Property(x => x.ContactPreference).HasMaxLength(CoordinatorReferral.ShortTextMaxLength);
        b.Property(x => x.ConsentHeardBy).HasMaxLength(Client.NameMaxLength * 2);
        b.Property(x => x.ReturnNote).HasMaxLength(CoordinatorReferral.ShortTextMaxLength * 2);
        // The services the sender listed are only shown and copied to the client's network, never queried.
        b.Property(x => x.ExistingServices).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<ReferredService>>(v, Json) ?? new List<ReferredService>(),
            new ValueComparer<List<ReferredService>>((a, c) => a!.SequenceEqual(c!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s)), v => v.ToList()))
            .IsRequired();
        b.Ignore(x => x.FullName);
        b.Ignore(x => x.IsWaiting);
        b.Ignore(x => x.PersonBirthDate);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.SentById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.HandledById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.FromOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        // The desk asks "what waits at my sote-centre, oldest first"; the sender asks "what have I sent, newest first".
        b.HasIndex(x => new { x.ToOrganisationId, x.Status, x.SentAt });
        b.HasIndex(x => new { x.SentById, x.SentAt });
        b.HasIndex(x => x.ClientId);
    }
}

internal sealed class CoordinatorRouteConfiguration : IEntityTypeConfiguration<CoordinatorRoute>
{
    public void Configure(EntityTypeBuilder<CoordinatorRoute> b)
    {
        b.ToTable("coordinator_routes");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(Client.MunicipalityMaxLength);
        b.Property(x => x.Municipality).HasMaxLength(Client.MunicipalityMaxLength).IsRequired();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
