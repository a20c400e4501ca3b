using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Assessment.Questionnaires;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data.Configurations;

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> b)
    {
        b.ToTable("self_assessments");
        b.HasKey(x => x.Id);
        b.Property(x => x.QuestionnaireUrl).HasMaxLength(200).IsRequired();
        b.Property(x => x.QuestionnaireVersion).HasMaxLength(20).IsRequired();
        b.Property(x => x.AnswersJson).IsRequired();
        b.Property(x => x.ScoresJson).IsRequired();
        b.Ignore(x => x.Answers);
        b.Ignore(x => x.Scores);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ClientId, x.QuestionnaireUrl, x.FilledAt });
        // The statistics round takes in fillings since its last run.
        b.HasIndex(x => x.FilledAt);
    }
}
