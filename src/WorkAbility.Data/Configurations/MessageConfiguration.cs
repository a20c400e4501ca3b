using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Messages;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> b)
    {
        b.ToTable("message_threads");
        b.HasKey(x => x.Id);
        b.Property(x => x.Subject).HasMaxLength(MessageThread.SubjectMaxLength).IsRequired();
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.StartedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ClientId, x.StartedAt });
        b.HasIndex(x => x.SupportCaseId);
    }
}

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> b)
    {
        b.ToTable("case_messages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(CaseMessage.TextMaxLength).IsRequired();
        b.HasOne<MessageThread>().WithMany().HasForeignKey(x => x.ThreadId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ThreadId, x.SentAt });
        // The risk radar's "unanswered" and both sides' unread counts look up a case's or a client's messages by side.
        b.HasIndex(x => new { x.SupportCaseId, x.FromClient, x.ReadAt });
        b.HasIndex(x => new { x.ClientId, x.FromClient, x.ReadAt });
    }
}
