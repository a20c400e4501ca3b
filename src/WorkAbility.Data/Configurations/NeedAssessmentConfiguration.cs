using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class NeedAssessmentConfiguration : IEntityTypeConfiguration<NeedAssessment>
{
    public void Configure(EntityTypeBuilder<NeedAssessment> b)
    {
        b.ToTable("need_assessments");
        b.HasKey(x => x.Id);
        b.Property(x => x.ClientView).HasMaxLength(NeedAssessment.TextMaxLength).IsRequired();
        b.Property(x => x.ProfessionalView).HasMaxLength(NeedAssessment.TextMaxLength).IsRequired();
        b.Property(x => x.MeasuresUsed).HasMaxLength(NeedAssessment.TextMaxLength);
        b.Property(x => x.Reasons).HasMaxLength(NeedAssessment.TextMaxLength).IsRequired();
        b.Property(x => x.TargetGroups).HasConversion<int>();
        b.Ignore(x => x.Livelihood);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.AssessedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.AssessedAt });
        // Figures: level of support decided, by period.
        b.HasIndex(x => new { x.Level, x.AssessedAt });
    }
}
