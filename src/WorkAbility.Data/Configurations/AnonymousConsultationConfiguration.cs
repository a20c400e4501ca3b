using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Consultations;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class AnonymousConsultationConfiguration : IEntityTypeConfiguration<AnonymousConsultation>
{
    public const string Table = "anonymous_consultations";

    public void Configure(EntityTypeBuilder<AnonymousConsultation> b)
    {
        b.ToTable(Table);
        b.HasKey(x => x.Id);
        b.Property(x => x.Subject).HasMaxLength(AnonymousConsultation.SubjectMaxLength).IsRequired();
        b.Property(x => x.Question).HasMaxLength(AnonymousConsultation.TextMaxLength).IsRequired();
        b.Property(x => x.Answer).HasMaxLength(AnonymousConsultation.TextMaxLength);
        b.Ignore(x => x.IsAnswered);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.AskedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.AnsweredById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.AskedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // The coordinators' inbox: unanswered first, oldest first.
        b.HasIndex(x => new { x.AnsweredAt, x.AskedAt });
        b.HasIndex(x => new { x.AskedById, x.AskedAt });
    }
}

internal sealed class CaseConsultationConfiguration : IEntityTypeConfiguration<WorkAbility.Domain.Consultations.CaseConsultation>
{
    public void Configure(EntityTypeBuilder<WorkAbility.Domain.Consultations.CaseConsultation> b)
    {
        b.ToTable("case_consultations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Question).HasMaxLength(WorkAbility.Domain.Consultations.CaseConsultation.TextMaxLength).IsRequired();
        b.Property(x => x.Answer).HasMaxLength(WorkAbility.Domain.Consultations.CaseConsultation.TextMaxLength);
        b.Ignore(x => x.IsOpen);
        b.HasOne<WorkAbility.Domain.Cases.SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<WorkAbility.Domain.Clients.Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkAbility.Domain.Organisations.Organisation>().WithMany().HasForeignKey(x => x.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkAbility.Domain.Organisations.Professional>().WithMany().HasForeignKey(x => x.AskedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkAbility.Domain.Organisations.Professional>().WithMany().HasForeignKey(x => x.AnsweredById).OnDelete(DeleteBehavior.Restrict);
        // The consulted organisation's inbox: open ones first, oldest first; the access door asks by case.
        b.HasIndex(x => new { x.ToOrganisationId, x.AnsweredAt, x.AskedAt });
        b.HasIndex(x => x.SupportCaseId);
    }
}
