using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Database;

namespace WorkAbility.Web.Features.Risks;

/// <summary>
/// Gives every active case without one its risk state and counts the tallies when there are none
/// (an upgrade, a bulk import). The <c>migrate</c> command runs it; a node runs it again before it
/// serves, when it has nothing left to do unless cases came in without the app.
/// </summary>
public sealed class KeptStatesCompletion(CaseTallies tallies, CaseRiskRollup rollup, TimeProvider clock) : IAfterMigration
{
    /// <summary>Returns how many tallies were counted and how many states were filled.</summary>
    public async Task<(int Counted, int Filled)> Complete(CancellationToken ct)
    {
        // Tallies first: the fill then moves each new state into them like any other write.
        int counted = await tallies.CountIfMissing(ct);
        return (counted, await rollup.FillMissing(ct));
    }

    async Task<string> IAfterMigration.RunAsync(CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var (counted, filled) = await Complete(ct);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Risk states: {filled} filled, {counted} tallies counted in {(long)clock.GetElapsedTime(started).TotalMilliseconds} ms.");
    }
}
