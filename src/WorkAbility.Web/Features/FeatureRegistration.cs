using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkAbility.Web.Infrastructure.Database;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Features;

public static class FeatureRegistration
{
    /// <summary>Registers the use-case handlers of every feature folder and the services they share.</summary>
    public static IServiceCollection AddWorkAbilityFeatures(this IServiceCollection services)
    {
        // Every use case's handler (a class named Handler nested in the use case), found once at start.
        foreach (var handler in typeof(FeatureRegistration).Assembly.GetTypes()
                     .Where(t => t is { Name: "Handler", IsClass: true, IsAbstract: false, DeclaringType: not null } &&
                                 t.Namespace?.StartsWith(typeof(FeatureRegistration).Namespace!, StringComparison.Ordinal) == true))
        {
            services.TryAddScoped(handler);
        }
        services.AddMemoryCache();
        services.AddSingleton<Screening.ScreeningRules>();
        services.AddScoped<Shared.CaseOpening>();
        services.AddSingleton<Assessment.QuestionnaireLibrary>();
        services.AddSingleton<Shared.StageGuidance>();
        // Every section of settings the features read, bound and checked at start (docs/configuration.md).
        services.AddSettings<Screening.ScreeningSettings>();
        services.AddSettings<Home.HomeSettings>();
        services.AddSettings<ReminderSettings>();
        services.AddSettings<Statistics.StatisticsSettings>();
        services.AddSettings<Risks.RiskRoundSettings>();
        services.AddSettings<Data.Demo.DemoSettings>();
        services.AddSettings<Infrastructure.Access.AccessLogSettings>();
        services.AddSettings<WorkAbility.Domain.Assessment.TypThresholds>("Typ");
        services.AddSettings<WorkAbility.Domain.Risks.RiskThresholds>("Risks");
        services.AddScoped<Infrastructure.Access.AccessLogWriter>();
        services.AddScoped<Infrastructure.Access.AccessLogStage>();
        services.AddScoped<Infrastructure.Access.AccessLogSealer>();
        services.AddSingleton(sp => Infrastructure.Access.AccessLogKeyring.Load(sp.GetRequiredService<Infrastructure.Access.AccessLogSettings>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddHostedService<Infrastructure.Access.AccessLogSealingService>();
        services.AddScoped<Infrastructure.Access.ClientAccess>();
        services.AddScoped<Risks.CaseRiskFacts>();
        services.AddScoped<Risks.RiskCounts>();
        services.AddScoped<Risks.CaseRiskRollup>();
        services.AddScoped<Risks.CaseTallies>();
        services.AddScoped<Risks.KeptStatesCompletion>();
        services.AddScoped<Infrastructure.Database.IAfterMigration>(sp => sp.GetRequiredService<Risks.KeptStatesCompletion>());
        services.AddScoped<Referrals.ReferralServiceLevelCompletion>();
        services.AddScoped<Infrastructure.Database.IAfterMigration>(sp => sp.GetRequiredService<Referrals.ReferralServiceLevelCompletion>());
        services.AddSaveEffect<Risks.CaseRiskInterceptor>();
        services.AddHostedService<Risks.CaseRiskRounds>();
        services.AddScoped<FollowUp.FollowUpReminders>();
        services.AddScoped<Teams.HandoverLapses>();
        services.AddScoped<Referrals.ReferralDeadlines>();
        services.AddScoped<FollowUp.ContinuityReminders>();
        services.AddHostedService<ReminderRounds>();
        services.AddScoped<Statistics.CaseHistories>();
        services.AddScoped<Statistics.StatisticsRollup>();
        services.AddSingleton<Statistics.ProtectedPatterns>();
        services.AddHostedService<Statistics.StatisticsRounds>();
        services.AddSettings<Infrastructure.Messaging.MessagingSettings>();
        services.AddScoped<Infrastructure.Messaging.EmailSender>();
        services.AddScoped<Infrastructure.Messaging.SmsSender>();
        services.AddHttpClient(Infrastructure.Messaging.SmsSender.HttpClientName);
        services.AddScoped<Messages.NoticeDelivery>();
        services.AddScoped<Messages.MeetingNotices>();
        services.AddScoped<ClientTasks.TaskNotices>();
        services.AddScoped<Messages.QuestionNotices>();
        services.AddHostedService<Messages.NoticeRounds>();
        return services;
    }
}
