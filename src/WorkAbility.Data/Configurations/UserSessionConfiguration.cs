using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Sessions;

namespace WorkAbility.Data.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("user_sessions");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserId).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.UserId);
    }
}
