using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Notifications;

namespace WorkAbility.Data.Configurations;

internal sealed class ClientNoticeConfiguration : IEntityTypeConfiguration<ClientNotice>
{
    public void Configure(EntityTypeBuilder<ClientNotice> b)
    {
        b.ToTable("client_notices");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LastError).HasMaxLength(ClientNotice.ErrorMaxLength);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        // The delivery round's claim: due notices, oldest first.
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        // A reminder or a message is told once per channel, however many nodes queue it at once.
        b.HasIndex(x => new { x.Kind, x.SubjectId, x.Channel }).IsUnique();
        b.HasIndex(x => new { x.ClientId, x.Kind, x.Status });
    }
}
