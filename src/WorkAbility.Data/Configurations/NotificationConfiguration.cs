using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Notifications;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(x => x.Id);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.Restrict);
        // "My unread notifications", newest first (the badge).
        b.HasIndex(x => new { x.RecipientId, x.ReadAt, x.CreatedAt });
        // "My notifications", newest first, read or not: the list reads its 100 from here, not all a recipient ever had.
        b.HasIndex(x => new { x.RecipientId, x.CreatedAt });
    }
}
