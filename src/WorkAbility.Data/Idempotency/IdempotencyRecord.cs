using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkAbility.Data.Idempotency;

/// <summary>
/// The first answer to a POST sent with an <c>Idempotency-Key</c>, kept for 24 hours so that a
/// retried request gets that answer again instead of creating a second record.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 200;
    public const int InProgress = 0;

    public required string UserId { get; init; }
    public required string Key { get; init; }
    public required string RequestHash { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The HTTP status of the stored answer; <see cref="InProgress"/> while the first request runs.</summary>
    public int Status { get; set; }

    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public byte[]? Body { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.HasKey(x => new { x.UserId, x.Key });
        b.Property(x => x.UserId).HasMaxLength(200);
        b.Property(x => x.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength);
        b.Property(x => x.RequestHash).HasMaxLength(64).IsFixedLength();
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.Location).HasMaxLength(400);
        b.HasIndex(x => x.CreatedAt);
    }
}
