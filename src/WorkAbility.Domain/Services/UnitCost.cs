namespace WorkAbility.Domain.Services;

/// <summary>What a service's unit cost is for (F39 cost): a visit, a day of service, or a month of service.</summary>
public enum CostUnit
{
    Visit,
    Day,
    Month,
}

/// <summary>The cost of service use: a started referral counts as one visit (visits are not recorded one by one), days from the start to the completion or the end of support, months as days ÷ 30.4375.</summary>
public static class UnitCosts
{
    public const decimal MaxUnitCost = 100_000m;

    public const decimal DaysPerMonth = 30.4375m;

    public static decimal CostOf(decimal unitCost, CostUnit unit, int visits, int days) => unit switch
    {
        CostUnit.Visit => unitCost * visits,
        CostUnit.Day => unitCost * days,
        _ => unitCost * days / DaysPerMonth,
    };
}
