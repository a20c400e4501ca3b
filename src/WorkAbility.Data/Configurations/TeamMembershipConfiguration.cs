using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Teams;

namespace WorkAbility.Data.Configurations;

internal sealed class CaseTeamConfiguration : IEntityTypeConfiguration<CaseTeam>
{
    public void Configure(EntityTypeBuilder<CaseTeam> b)
    {
        b.ToTable("case_teams");
        b.HasKey(x => x.SupportCaseId);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Situation).HasConversion<int>();
        b.Property(x => x.ClientWishes).HasMaxLength(CaseTeam.TextMaxLength);
        b.Property(x => x.CloseParticipantName).HasMaxLength(CaseTeam.NameMaxLength);
        b.Property(x => x.CloseParticipantRelation).HasMaxLength(CaseTeam.NameMaxLength);
        b.Ignore(x => x.CurrentMemberIds);
        b.Property(x => x.HandoverNote).HasMaxLength(CaseTeam.TextMaxLength);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.ProposedSuccessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.HandoverProposedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportCase>().WithOne().HasForeignKey<CaseTeam>(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        // The case manager is required: a team without one cannot be stored (F13).
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.CaseManagerId).OnDelete(DeleteBehavior.Restrict).IsRequired();
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.FormedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CaseManagerId);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).HasField("members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TeamMembershipConfiguration : IEntityTypeConfiguration<TeamMembership>
{
    public void Configure(EntityTypeBuilder<TeamMembership> b)
    {
        b.ToTable("team_memberships");
        b.HasKey(x => x.Id);
        b.Ignore(x => x.IsCurrent);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.ProfessionalId });
        // Access checks look up "cases where I am a current member".
        b.HasIndex(x => new { x.ProfessionalId, x.LeftAt });
    }
}

internal sealed class TeamMeetingConfiguration : IEntityTypeConfiguration<TeamMeeting>
{
    public void Configure(EntityTypeBuilder<TeamMeeting> b)
    {
        b.ToTable("team_meetings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Place).HasMaxLength(TeamMeeting.PlaceMaxLength);
        b.Property(x => x.VideoLink).HasMaxLength(TeamMeeting.PlaceMaxLength);
        b.Property(x => x.Minutes).HasMaxLength(TeamMeeting.TextMaxLength);
        b.PrimitiveCollection(x => x.ParticipantIds);
        b.PrimitiveCollection(x => x.Decisions);
        // Proposed times are kept as invariant ISO 8601 text: only shown and chosen from, never queried.
        b.Property(x => x.ProposedStarts).HasConversion(
            v => string.Join(' ', v.Select(t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture))),
            v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<DateTimeOffset>>(
                (a, c) => a!.SequenceEqual(c!), v => v.Aggregate(0, (h, t) => HashCode.Combine(h, t)), v => v.ToList()))
            .HasMaxLength(TeamMeeting.MaxProposedTimes * 40);
        b.Ignore(x => x.End);
        b.HasOne<CaseTeam>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.ConvenedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.MinutesRecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SupportCaseId, x.Start });
        // The client's meeting reminders (F40) look for scheduled meetings beginning within two days, across all cases.
        b.HasIndex(x => new { x.Status, x.Start });
    }
}
