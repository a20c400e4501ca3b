using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Risks;

namespace WorkAbility.Data.Configurations;

internal sealed class CaseRiskStateConfiguration : IEntityTypeConfiguration<CaseRiskState>
{
    public void Configure(EntityTypeBuilder<CaseRiskState> b)
    {
        b.ToTable("case_risk_states");
        b.HasKey(x => x.SupportCaseId);
        b.HasOne<SupportCase>().WithMany().HasForeignKey(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.LastName).HasMaxLength(WorkAbility.Domain.Clients.Client.NameMaxLength);
        b.Property(x => x.FirstName).HasMaxLength(WorkAbility.Domain.Clients.Client.NameMaxLength);
        // "Omat asiakkaat" reads one holder's cases in the order it shows them, so a page is an index range, not a sort of the caseload.
        b.HasIndex(x => new { x.HolderId, x.UrgentOn, x.RiskCount, x.LastName, x.FirstName, x.SupportCaseId })
            .IsDescending(false, false, true, false, false, false).HasDatabaseName("ix_case_risk_states_worklist");
        // ... and the cases proposed to them as successor in the same order, so the two are merged page by page.
        b.HasIndex(x => new { x.ProposedSuccessorId, x.UrgentOn, x.RiskCount, x.LastName, x.FirstName, x.SupportCaseId })
            .IsDescending(false, false, true, false, false, false).HasDatabaseName("ix_case_risk_states_proposed_worklist");
        // A view rechecks its own oldest evaluations first, and the round everybody's: small index ranges, not the caseload.
        b.HasIndex(x => new { x.HolderId, x.EvaluatedAt });
        b.HasIndex(x => new { x.OrganisationId, x.EvaluatedAt });
        b.HasIndex(x => x.EvaluatedAt);
        b.Property(x => x.Version).IsConcurrencyToken();
        // The desk lists an organisation's stranded low-threshold cases no coordinator has taken on (F33), oldest in stage first:
        // one page of an index range.
        var stranded = $"(\"Risks\" & {CaseRiskState.Bit(RiskCode.LowThresholdWithoutOwnerOrFollowUp)}) <> 0 AND \"CoordinatorId\" IS NULL";
        b.HasIndex(x => new { x.OrganisationId, x.StageChangedAt, x.SupportCaseId }).HasFilter(stranded).HasDatabaseName("ix_case_risk_states_stranded");
        b.HasIndex(x => new { x.HandedOverToOrganisationId, x.StageChangedAt, x.SupportCaseId }).HasFilter(stranded)
            .HasDatabaseName("ix_case_risk_states_stranded_handed_over");
    }
}

internal sealed class CaseTallyConfiguration : IEntityTypeConfiguration<CaseTally>
{
    public void Configure(EntityTypeBuilder<CaseTally> b)
    {
        b.ToTable("case_tallies");
        b.HasKey(x => new { x.Kind, x.ScopeId, x.Key });
    }
}
