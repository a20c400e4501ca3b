using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Feedback;
using WorkAbility.Domain.Statistics;

namespace WorkAbility.Data.Configurations;

internal sealed class StatisticsCellConfiguration : IEntityTypeConfiguration<StatisticsCell>
{
    public const string Table = "statistics_cells";

    public void Configure(EntityTypeBuilder<StatisticsCell> b)
    {
        b.ToTable(Table);
        b.HasKey(x => new { x.Figure, x.Month, x.Municipality, x.OrganisationId, x.Path, x.Category });
        b.Property(x => x.Figure).HasMaxLength(60);
        b.Property(x => x.Municipality).HasMaxLength(100);
        b.Property(x => x.Category).HasMaxLength(60);
        // Dashboards read a period of one figure family; the key's first columns serve that.
        b.HasIndex(x => new { x.Month, x.Figure });
    }
}

internal sealed class CaseStatisticsRecordConfiguration : IEntityTypeConfiguration<CaseStatisticsRecord>
{
    public void Configure(EntityTypeBuilder<CaseStatisticsRecord> b)
    {
        b.ToTable("statistics_case_records");
        b.HasKey(x => x.SupportCaseId);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StatisticsWatermarkConfiguration : IEntityTypeConfiguration<StatisticsWatermark>
{
    public void Configure(EntityTypeBuilder<StatisticsWatermark> b)
    {
        b.ToTable("statistics_watermark");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}

internal sealed class ClientFeedbackConfiguration : IEntityTypeConfiguration<ClientFeedback>
{
    public void Configure(EntityTypeBuilder<ClientFeedback> b)
    {
        b.ToTable("client_feedback");
        b.HasKey(x => x.Id);
        b.Property(x => x.Comment).HasMaxLength(ClientFeedback.CommentMaxLength);
        b.Ignore(x => x.Change);
        b.Property(x => x.Occasion).HasDefaultValue(FeedbackOccasion.AtEnd).HasSentinel((FeedbackOccasion)(-1));
        b.Property(x => x.Stage).HasDefaultValue(WorkAbility.Domain.Cases.CaseStage.Ended).HasSentinel((WorkAbility.Domain.Cases.CaseStage)(-1));
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SupportCaseId, x.GivenAt });
        b.HasIndex(x => x.GivenAt);
    }
}

internal sealed class SituationAfterSupportConfiguration : IEntityTypeConfiguration<WorkAbility.Domain.FollowUp.SituationAfterSupport>
{
    public void Configure(EntityTypeBuilder<WorkAbility.Domain.FollowUp.SituationAfterSupport> b)
    {
        b.ToTable("situations_after_support");
        b.HasKey(x => x.Id);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<WorkAbility.Domain.Organisations.Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        // One answer per point after the end: told again, the answer is replaced.
        b.HasIndex(x => new { x.SupportCaseId, x.MonthsAfter }).IsUnique();
        b.HasIndex(x => x.ToldAt);
    }
}

internal sealed class WorkingAgeResidentsConfiguration : IEntityTypeConfiguration<WorkingAgeResidents>
{
    public void Configure(EntityTypeBuilder<WorkingAgeResidents> b)
    {
        b.ToTable("working_age_residents");
        b.HasKey(x => new { x.Municipality, x.Year, x.AgeBand });
        b.Property(x => x.Municipality).HasMaxLength(100);
        b.Property(x => x.AgeBand).HasMaxLength(10);
    }
}
