using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;

namespace WorkAbility.Data.Configurations;

internal sealed class ExternalReferralConfiguration : IEntityTypeConfiguration<ExternalReferral>
{
    public void Configure(EntityTypeBuilder<ExternalReferral> b)
    {
        b.ToTable("external_referrals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.ReceiverName).HasMaxLength(ExternalReferral.NameMaxLength);
        b.Property(x => x.What).HasMaxLength(ExternalReferral.NameMaxLength);
        b.Property(x => x.Note).HasMaxLength(ExternalReferral.TextMaxLength);
        b.Property(x => x.OutcomeNote).HasMaxLength(ExternalReferral.TextMaxLength);
        b.Ignore(x => x.IsWaiting);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.OutcomeRecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.SentOn });
    }
}

internal sealed class ContinuityHandoffConfiguration : IEntityTypeConfiguration<WorkAbility.Domain.FollowUp.ContinuityHandoff>
{
    public void Configure(EntityTypeBuilder<WorkAbility.Domain.FollowUp.ContinuityHandoff> b)
    {
        b.ToTable("continuity_handoffs");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.AcknowledgedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.OrganisationId });
        // The reminder round: unacknowledged handoffs by age (partial).
        b.HasIndex(x => x.SentAt).HasDatabaseName("ix_continuity_unacknowledged").HasFilter("\"AcknowledgedAt\" IS NULL");
    }
}

internal sealed class EmployerSideConfiguration : IEntityTypeConfiguration<EmployerSide>
{
    public void Configure(EntityTypeBuilder<EmployerSide> b)
    {
        b.ToTable("employer_sides");
        b.HasKey(x => x.SupportCaseId);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.SupervisorName).HasMaxLength(EmployerSide.NameMaxLength);
        b.Property(x => x.SupervisorContact).HasMaxLength(EmployerSide.NameMaxLength);
        // Flags are kept as their number: a combination has no single name.
        b.Property(x => x.Measures).HasConversion<int>();
        b.Property(x => x.LimitedBy).HasConversion<int>();
        b.HasOne<SupportCase>().WithOne().HasForeignKey<EmployerSide>(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OhQuestionConfiguration : IEntityTypeConfiguration<OhQuestion>
{
    public void Configure(EntityTypeBuilder<OhQuestion> b)
    {
        b.ToTable("oh_questions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Question).HasMaxLength(OhQuestion.TextMaxLength);
        b.Property(x => x.Answer).HasMaxLength(OhQuestion.TextMaxLength);
        b.Ignore(x => x.IsOpen);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.AskedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.AnsweredById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.AskedAt });
    }
}
