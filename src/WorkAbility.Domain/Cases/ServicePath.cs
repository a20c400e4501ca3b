namespace WorkAbility.Domain.Cases;

/// <summary>The three service paths of the model (F25); they differ in who holds overall responsibility.</summary>
public enum ServicePath
{
    Unemployed,
    EmployedWithoutOccupationalHealth,
    EmployedWithOccupationalHealth,
}
