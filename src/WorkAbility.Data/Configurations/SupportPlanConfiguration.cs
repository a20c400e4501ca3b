using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Organisations;
using WorkAbility.Domain.Plans;

namespace WorkAbility.Data.Configurations;

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> b)
    {
        b.ToTable("support_plans");
        b.HasKey(x => x.Id);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Content).HasConversion(PlanJson.Converter, PlanJson.Comparer).IsRequired();
        b.HasOne<SupportCase>().WithOne().HasForeignKey<SupportPlan>(x => x.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.SavedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SupportCaseId).IsUnique();
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.ToTable("plan_versions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Content).HasConversion(PlanJson.Converter, PlanJson.Comparer).IsRequired();
        b.HasOne<SupportPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(x => x.SavedById).OnDelete(DeleteBehavior.Restrict);
        // Version numbers are unique per plan: two saves racing on the same version cannot both land.
        b.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
    }
}

/// <summary>
/// A plan's content is one document (goals, actions, linked plans) that is always read and saved
/// whole, and each version is a snapshot of it, so it is stored as JSON (invariant, enum names).
/// </summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<PlanContent, string> Converter = new(
        v => JsonSerializer.Serialize(v, Options),
        v => JsonSerializer.Deserialize<PlanContent>(v, Options)!);

    public static readonly ValueComparer<PlanContent> Comparer = new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<PlanContent>(JsonSerializer.Serialize(v, Options), Options)!);
}

internal sealed class PlanDocumentDeliveryConfiguration : IEntityTypeConfiguration<PlanDocumentDelivery>
{
    public void Configure(EntityTypeBuilder<PlanDocumentDelivery> b)
    {
        b.ToTable("plan_document_deliveries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LastError).HasMaxLength(PlanDocumentDelivery.ErrorMaxLength);
        b.HasOne<PlanVersion>().WithOne().HasForeignKey<PlanDocumentDelivery>(x => x.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        // One delivery per saved version; the worker finds the due ones by status and time.
        b.HasIndex(x => x.PlanVersionId).IsUnique();
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        // The administrators' view: the latest deliveries, all or of one status, and the oldest waiting one.
        b.HasIndex(x => x.QueuedAt);
        b.HasIndex(x => new { x.Status, x.QueuedAt });
    }
}
