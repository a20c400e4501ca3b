using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.ClientTasks;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class ClientTaskConfiguration : IEntityTypeConfiguration<ClientTask>
{
    public void Configure(EntityTypeBuilder<ClientTask> b)
    {
        b.ToTable("client_tasks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(ClientTask.TitleMaxLength).IsRequired();
        b.Property(x => x.Details).HasMaxLength(ClientTask.DetailsMaxLength);
        b.Property(x => x.ClientNote).HasMaxLength(ClientTask.NoteMaxLength);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.GivenById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.CancelledById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.DueOn });
        // The reminder round: open tasks falling due.
        b.HasIndex(x => new { x.DueOn, x.DoneAt, x.CancelledAt });
    }
}

internal sealed class PlanActionMarkConfiguration : IEntityTypeConfiguration<PlanActionMark>
{
    public void Configure(EntityTypeBuilder<PlanActionMark> b)
    {
        b.ToTable("plan_action_marks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Note).HasMaxLength(ClientTask.NoteMaxLength);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        // Marked once: a second marking of the same action, from another tab or node, is the same fact.
        b.HasIndex(x => new { x.SupportCaseId, x.ActionId }).IsUnique();
    }
}
