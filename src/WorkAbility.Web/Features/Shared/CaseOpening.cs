using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Cases;

namespace WorkAbility.Web.Features.Shared;

/// <summary>
/// Opening a support case, "existing services first" (F5): a client has at most one active case;
/// a concern or contact joins it, and an explicit second opening is refused with the existing
/// case named. The database's unique index keeps the rule even under concurrent requests.
/// </summary>
public sealed class CaseOpening(AppDbContext db, TimeProvider clock)
{
    public Task<SupportCase?> ActiveCase(Guid clientId, CancellationToken ct) =>
        db.SupportCases.Include(c => c.Events).SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct);

    /// <summary>Opens a new case; refused when one is already active.</summary>
    public async Task<SupportCase> Open(Guid clientId, ServicePath path, CaseStage startStage, Actor actor, CancellationToken ct)
    {
        if (await ActiveCase(clientId, ct) is { } existing)
        {
            throw new CaseAlreadyActiveException(existing.Id);
        }
        var supportCase = SupportCase.Open(clientId, path, startStage, actor.OrganisationId!.Value, actor.ProfessionalId, clock.GetUtcNow());
        // Opened by occupational health on its own path: OH keeps overall responsibility (F26).
        if (path is ServicePath.EmployedWithOccupationalHealth &&
            await db.Organisations.AnyAsync(o => o.Id == actor.OrganisationId && o.Kind == WorkAbility.Domain.Organisations.OrganisationKind.OccupationalHealth, ct))
        {
            supportCase.TakeOccupationalHealthResponsibility(actor.OrganisationId!.Value);
        }
        db.SupportCases.Add(supportCase);
        return supportCase;
    }

    /// <summary>The active case if there is one, else a new case opened at the concern stage.</summary>
    public async Task<(SupportCase Case, bool Opened)> OpenOrJoin(Guid clientId, ServicePath path, Actor actor, CancellationToken ct) =>
        await ActiveCase(clientId, ct) is { } existing
            ? (existing, false)
            : (await Open(clientId, path, CaseStage.Concern, actor, ct), true);
}
