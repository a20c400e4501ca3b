using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.FollowUp;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Referrals;
using WorkAbility.Domain.Services;

namespace WorkAbility.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("referrals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Note).HasMaxLength(Referral.TextMaxLength);
        b.Property(x => x.DeclineReason).HasMaxLength(Referral.TextMaxLength);
        b.Property(x => x.Employer).HasMaxLength(Referral.EmployerMaxLength);
        b.Ignore(x => x.IsOpen);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CatalogueService>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.SentById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.StatusChangedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ToOrganisationId, x.Status, x.SentAt });
        // The provider's inbox: open referrals to my organisation, oldest first – one page of it, and its count
        // (partial: the statuses of ReferralTransitions.Open, as constants).
        b.HasIndex(x => new { x.ToOrganisationId, x.SentAt, x.Id }).HasDatabaseName("ix_referrals_open_inbox")
            .HasFilter("\"Status\" IN ('Sent', 'Received', 'Accepted', 'Started')");
        b.HasIndex(x => new { x.SupportCaseId, x.Status });
        // The service-level round: unanswered referrals by their respond-by day (partial: Sent and Received).
        b.HasIndex(x => new { x.RespondBy, x.Id }).HasDatabaseName("ix_referrals_unanswered")
            .HasFilter("\"Status\" IN ('Sent', 'Received')");
    }
}

internal sealed class FollowUpContactConfiguration : IEntityTypeConfiguration<FollowUpContact>
{
    public void Configure(EntityTypeBuilder<FollowUpContact> b)
    {
        b.ToTable("follow_up_contacts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Summary).HasMaxLength(FollowUpContact.SummaryMaxLength);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.ContactOn });
    }
}

internal sealed class FollowUpReviewConfiguration : IEntityTypeConfiguration<FollowUpReview>
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<FollowUpReview> b)
    {
        b.ToTable("follow_up_reviews");
        b.HasKey(x => x.Id);
        b.Property(x => x.ServicesEffectiveness).HasMaxLength(FollowUpReview.TextMaxLength);
        // The goals as reviewed are one small document, read and written whole with the review.
        b.Property(x => x.Goals).HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            v => JsonSerializer.Deserialize<List<GoalReview>>(v, Options) ?? new List<GoalReview>(),
            new ValueComparer<List<GoalReview>>((a, c) => a!.SequenceEqual(c!), v => v.Count, v => v.ToList()));
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.ReviewedOn });
    }
}

internal sealed class FollowUpDueConfiguration : IEntityTypeConfiguration<FollowUpDue>
{
    public void Configure(EntityTypeBuilder<FollowUpDue> b)
    {
        b.ToTable("follow_up_dues");
        b.HasKey(x => x.Id);
        b.Ignore(x => x.IsOpen);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        // One due per case and date, whatever races re-plan it.
        b.HasIndex(x => new { x.SupportCaseId, x.DueOn }).IsUnique();
        // The reminder job's claim: open, not yet reminded, due by today.
        b.HasIndex(x => new { x.RemindedAt, x.MetOn, x.DueOn });
    }
}

internal sealed class OhHandoverConfiguration : IEntityTypeConfiguration<OhHandover>
{
    public void Configure(EntityTypeBuilder<OhHandover> b)
    {
        b.ToTable("oh_handovers");
        b.HasKey(x => x.Id);
        b.Property(x => x.WorkAbilitySummary).HasMaxLength(OhHandover.TextMaxLength);
        b.Property(x => x.SickLeaveHistory).HasMaxLength(OhHandover.TextMaxLength);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.FromOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.HandedOverById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.ReceivedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ToOrganisationId, x.ReceivedAt });
        b.HasIndex(x => x.SupportCaseId);
    }
}

internal sealed class WorkAbilityNegotiationConfiguration : IEntityTypeConfiguration<WorkAbilityNegotiation>
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<WorkAbilityNegotiation> b)
    {
        b.ToTable("work_ability_negotiations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Measures).HasConversion<int>();
        b.Property(x => x.Agreement).HasMaxLength(WorkAbilityNegotiation.TextMaxLength).IsRequired();
        // The participants are shown with the negotiation and never queried one by one.
        b.Property(x => x.Participants).HasConversion(
            v => System.Text.Json.JsonSerializer.Serialize(v, Json),
            v => System.Text.Json.JsonSerializer.Deserialize<List<NegotiationParticipant>>(v, Json) ?? new List<NegotiationParticipant>(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<NegotiationParticipant>>(
                (a, c) => a!.SequenceEqual(c!), v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p)), v => v.ToList()))
            .IsRequired();
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.HeldOn });
    }
}
