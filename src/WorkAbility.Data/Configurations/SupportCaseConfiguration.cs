using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class SupportCaseConfiguration : IEntityTypeConfiguration<SupportCase>
{
    public void Configure(EntityTypeBuilder<SupportCase> b)
    {
        b.ToTable("support_cases");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OpenedAtOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.CoordinatorId).OnDelete(DeleteBehavior.Restrict);

        // At most one active case per client (F5: existing services first). The database keeps
        // the rule even if two requests race past the application check.
        b.HasIndex(x => x.ClientId).IsUnique().HasFilter("\"Stage\" <> 'Ended'").HasDatabaseName("ux_support_cases_one_active_per_client");
        b.HasIndex(x => new { x.ClientId, x.OpenedAt });
        b.HasIndex(x => new { x.Stage, x.StageChangedAt });
        b.HasIndex(x => x.OpenedAtOrganisationId);
        b.HasIndex(x => x.CoordinatorId);
        // The coordinator's desk pages the caseload oldest first and counts it by stage, over active cases only.
        b.HasIndex(x => new { x.CoordinatorId, x.StageChangedAt }).HasFilter("\"Stage\" <> 'Ended'").HasDatabaseName("ix_support_cases_desk_caseload");
        b.HasIndex(x => new { x.CoordinatorId, x.Stage }).HasFilter("\"Stage\" <> 'Ended'").HasDatabaseName("ix_support_cases_desk_stages");
        // Cases waiting for a coordinator are few in any county; the desk reads them oldest first from this small index.
        b.HasIndex(x => x.StageChangedAt).HasFilter("\"Stage\" = 'CoordinatorAssessment' AND \"CoordinatorId\" IS NULL")
            .HasDatabaseName("ix_support_cases_desk_waiting");
        // The home page counts active cases by stage and path.
        b.HasIndex(x => new { x.Stage, x.Path });
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
        // The owner's worklist (F33) finds the low-threshold cases they own.
        b.HasIndex(x => x.OwnerId);
        // The statistics rollup takes in cases changed since its last round.
        b.HasIndex(x => x.LastActivityAt);
        b.Ignore(x => x.IsActive);
        b.Ignore(x => x.ResponsibleOrganisationId);
        b.Ignore(x => x.PendingNotices);
        b.Property(x => x.ContinuityNote).HasMaxLength(SupportCase.ReasonMaxLength);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OccupationalHealthOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.HandedOverToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.HandedOverToOrganisationId);

        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).HasField("events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.ToTable("case_events");
        b.HasKey(x => x.Id);
        b.Property(x => x.Note).HasMaxLength(CaseEvent.NoteMaxLength);
        b.HasIndex(x => new { x.SupportCaseId, x.OccurredAt });
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
