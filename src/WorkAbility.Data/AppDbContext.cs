using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options),
    Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>The keys that protect session cookies and form tokens, shared by every app node through the database.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Professional> Professionals => Set<Professional>();
    public DbSet<SupportCase> SupportCases => Set<SupportCase>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<Concern> Concerns => Set<Concern>();
    public DbSet<WorkAbility.Domain.Assessment.ExternalMeasure> ExternalMeasures => Set<WorkAbility.Domain.Assessment.ExternalMeasure>();
    public DbSet<WorkAbility.Domain.Assessment.Questionnaires.SelfAssessment> SelfAssessments => Set<WorkAbility.Domain.Assessment.Questionnaires.SelfAssessment>();
    public DbSet<WorkAbility.Domain.Consultations.AnonymousConsultation> Consultations => Set<WorkAbility.Domain.Consultations.AnonymousConsultation>();
    public DbSet<WorkAbility.Domain.Assessment.NeedAssessment> NeedAssessments => Set<WorkAbility.Domain.Assessment.NeedAssessment>();
    public DbSet<WorkAbility.Domain.Access.AccessLogEntry> AccessLog => Set<WorkAbility.Domain.Access.AccessLogEntry>();
    public DbSet<WorkAbility.Domain.Access.AccessLogSeal> AccessLogChain => Set<WorkAbility.Domain.Access.AccessLogSeal>();
    public DbSet<WorkAbility.Domain.Access.LegacyAccessLogEntry> LegacyAccessLog => Set<WorkAbility.Domain.Access.LegacyAccessLogEntry>();
    public DbSet<WorkAbility.Domain.Teams.TeamMembership> TeamMemberships => Set<WorkAbility.Domain.Teams.TeamMembership>();
    public DbSet<WorkAbility.Domain.Sessions.UserSession> UserSessions => Set<WorkAbility.Domain.Sessions.UserSession>();
    public DbSet<WorkAbility.Domain.Consents.Consent> Consents => Set<WorkAbility.Domain.Consents.Consent>();
    public DbSet<WorkAbility.Domain.Teams.CaseTeam> Teams => Set<WorkAbility.Domain.Teams.CaseTeam>();
    public DbSet<WorkAbility.Domain.Teams.TeamMeeting> Meetings => Set<WorkAbility.Domain.Teams.TeamMeeting>();
    public DbSet<WorkAbility.Domain.Services.CatalogueService> Services => Set<WorkAbility.Domain.Services.CatalogueService>();
    public DbSet<WorkAbility.Domain.Plans.SupportPlan> Plans => Set<WorkAbility.Domain.Plans.SupportPlan>();
    public DbSet<WorkAbility.Domain.Plans.PlanVersion> PlanVersions => Set<WorkAbility.Domain.Plans.PlanVersion>();
    public DbSet<WorkAbility.Domain.Plans.PlanDocumentDelivery> PlanDocumentDeliveries => Set<WorkAbility.Domain.Plans.PlanDocumentDelivery>();
    public DbSet<WorkAbility.Domain.Notifications.Notification> Notifications => Set<WorkAbility.Domain.Notifications.Notification>();
    public DbSet<WorkAbility.Domain.Referrals.Referral> Referrals => Set<WorkAbility.Domain.Referrals.Referral>();
    public DbSet<WorkAbility.Domain.Referrals.ExternalReferral> ExternalReferrals => Set<WorkAbility.Domain.Referrals.ExternalReferral>();
    public DbSet<WorkAbility.Domain.FollowUp.ContinuityHandoff> ContinuityHandoffs => Set<WorkAbility.Domain.FollowUp.ContinuityHandoff>();
    public DbSet<WorkAbility.Domain.Cases.EmployerSide> EmployerSides => Set<WorkAbility.Domain.Cases.EmployerSide>();
    public DbSet<WorkAbility.Domain.Cases.OhQuestion> OhQuestions => Set<WorkAbility.Domain.Cases.OhQuestion>();
    public DbSet<WorkAbility.Domain.FollowUp.FollowUpContact> FollowUpContacts => Set<WorkAbility.Domain.FollowUp.FollowUpContact>();
    public DbSet<WorkAbility.Domain.Clients.ExistingService> ExistingServices => Set<WorkAbility.Domain.Clients.ExistingService>();
    public DbSet<WorkAbility.Domain.FollowUp.FollowUpReview> FollowUpReviews => Set<WorkAbility.Domain.FollowUp.FollowUpReview>();
    public DbSet<WorkAbility.Domain.FollowUp.FollowUpDue> FollowUpDues => Set<WorkAbility.Domain.FollowUp.FollowUpDue>();
    public DbSet<OhHandover> OhHandovers => Set<OhHandover>();
    public DbSet<WorkAbility.Domain.Referrals.CoordinatorReferral> CoordinatorReferrals => Set<WorkAbility.Domain.Referrals.CoordinatorReferral>();
    public DbSet<CoordinatorRoute> CoordinatorRoutes => Set<CoordinatorRoute>();
    public DbSet<WorkAbility.Domain.Screening.ScreeningCheckRecord> ScreeningChecks => Set<WorkAbility.Domain.Screening.ScreeningCheckRecord>();
    public DbSet<WorkAbility.Domain.Statistics.WorkingAgeResidents> WorkingAgeResidents => Set<WorkAbility.Domain.Statistics.WorkingAgeResidents>();
    public DbSet<WorkAbilityNegotiation> WorkAbilityNegotiations => Set<WorkAbilityNegotiation>();
    public DbSet<WorkAbility.Domain.Consultations.CaseConsultation> CaseConsultations => Set<WorkAbility.Domain.Consultations.CaseConsultation>();
    public DbSet<WorkAbility.Domain.Feedback.ClientFeedback> Feedback => Set<WorkAbility.Domain.Feedback.ClientFeedback>();
    public DbSet<WorkAbility.Domain.FollowUp.SituationAfterSupport> SituationsAfterSupport => Set<WorkAbility.Domain.FollowUp.SituationAfterSupport>();
    public DbSet<WorkAbility.Domain.Statistics.StatisticsCell> StatisticsCells => Set<WorkAbility.Domain.Statistics.StatisticsCell>();
    public DbSet<WorkAbility.Domain.Risks.CaseRiskState> CaseRiskStates => Set<WorkAbility.Domain.Risks.CaseRiskState>();

    public DbSet<WorkAbility.Domain.Risks.CaseTally> CaseTallies => Set<WorkAbility.Domain.Risks.CaseTally>();
    public DbSet<WorkAbility.Domain.Statistics.CaseStatisticsRecord> StatisticsCaseRecords => Set<WorkAbility.Domain.Statistics.CaseStatisticsRecord>();
    public DbSet<WorkAbility.Domain.Statistics.StatisticsWatermark> StatisticsWatermarks => Set<WorkAbility.Domain.Statistics.StatisticsWatermark>();
    public DbSet<Idempotency.IdempotencyRecord> IdempotencyRecords => Set<Idempotency.IdempotencyRecord>();
    public DbSet<WorkAbility.Domain.Messages.MessageThread> MessageThreads => Set<WorkAbility.Domain.Messages.MessageThread>();
    public DbSet<WorkAbility.Domain.Messages.CaseMessage> CaseMessages => Set<WorkAbility.Domain.Messages.CaseMessage>();
    public DbSet<WorkAbility.Domain.ClientTasks.ClientTask> ClientTasks => Set<WorkAbility.Domain.ClientTasks.ClientTask>();
    public DbSet<WorkAbility.Domain.ClientTasks.PlanActionMark> PlanActionMarks => Set<WorkAbility.Domain.ClientTasks.PlanActionMark>();
    public DbSet<WorkAbility.Domain.Notifications.ClientNotice> ClientNotices => Set<WorkAbility.Domain.Notifications.ClientNotice>();

    /// <summary>
    /// Clients whose identity code begins with this birth date (DDMMYY; the century sign is checked by the
    /// caller), composable with further conditions. The code is stored as text but typed as a value object,
    /// so the prefix is matched in SQL written from the model's own table and column names.
    /// </summary>
    public IQueryable<Client> ClientsWithBirthDatePrefix(DateOnly birthDate)
    {
        var entity = Model.FindEntityType(typeof(Client))!;
        var sql = this.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var column = sql.DelimitIdentifier(entity.FindProperty(nameof(Client.PersonalIdentityCode))!
            .GetColumnName(Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!);
        var prefix = birthDate.ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture) + "%";
#pragma warning disable EF1002 // The identifiers come from the model; the only value is a parameter.
        return Clients.FromSqlRaw($"SELECT * FROM {table} WHERE {column} LIKE {{0}}", prefix);
#pragma warning restore EF1002
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and in exports, stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; all our times are UTC, so the
            // binary form keeps order and lets queries filter by time on both providers.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Keys are Guid v7 values made by the domain when an entity is created, so a new child
        // added to a loaded aggregate (a case event, say) is an insert, never an update.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    /// <summary>
    /// A save's own effects, before the interceptors' (the whole list, in order: WorkAbility.Web's
    /// <c>Infrastructure/Database/SaveEffects</c>): the notices the changed cases raised become notifications
    /// (<see cref="NoticeDispatch"/>), and every changed editable aggregate gets a new version.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await NoticeDispatch.DispatchAsync(this, cancellationToken);
        RenewVersions();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// What a save does to the unit of work before writing it (notices become notifications,
    /// versions are renewed), for a bulk loader that writes the added rows itself (bench: seed).
    /// </summary>
    public async Task PrepareForBulkWriteAsync(CancellationToken ct)
    {
        ChangeTracker.DetectChanges();
        await NoticeDispatch.DispatchAsync(this, ct);
        RenewVersions();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        NoticeDispatch.DispatchAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        RenewVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private bool PartChanged(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.Collections.Any(c => c.CurrentValue is System.Collections.IEnumerable parts &&
            parts.Cast<object>().Any(p => Entry(p).State is EntityState.Added or EntityState.Modified or EntityState.Deleted));

    /// <summary>
    /// Every save of an editable aggregate gets a new version; the old one is the concurrency
    /// check, so a second writer holding a stale copy gets a concurrency error instead of winning.
    /// </summary>
    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().ToList())
        {
            if (entry.State is EntityState.Added or EntityState.Modified || (entry.Entity is IVersionedWithParts && PartChanged(entry)))
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
