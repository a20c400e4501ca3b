namespace WorkAbility.Domain.Screening;

public enum EmploymentStatus
{
    Unemployed,
    Employed,
    SelfEmployed,
    Student,
    Other,
}

/// <summary>
/// What is known when an appointment is booked or a contact is made. Everything is optional:
/// a rule only fires on facts that are present.
/// </summary>
public sealed record BookingFacts(
    EmploymentStatus? EmploymentStatus = null,
    bool? HasOccupationalHealth = null,
    int? UnemploymentDurationDays = null,
    int? AgeYears = null,
    string? VisitReason = null,
    int? VisitsLast12Months = null,
    int? SickLeaveDaysLast12Months = null,
    IReadOnlyDictionary<string, bool>? Indicators = null);
