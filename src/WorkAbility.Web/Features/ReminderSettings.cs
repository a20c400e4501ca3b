using System.ComponentModel.DataAnnotations;
using WorkAbility.Web.Infrastructure.Settings;

namespace WorkAbility.Web.Features;

/// <summary>"Reminders": the round that reminds of follow-ups due and closes lapsed handover proposals.</summary>
public sealed class ReminderSettings : ISettingsSection
{
    public static string Section => "Reminders";

    public bool Enabled { get; set; } = true;

    [Range(10, 86_400, ErrorMessage = "Reminders:IntervalSeconds must be between {1} and {2}.")]
    public int IntervalSeconds { get; set; } = 300;
}
