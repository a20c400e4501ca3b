using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Services;

/// <summary>What adding and editing services share: only administrators keep the catalogue; a provider must be a known organisation.</summary>
internal static class ServiceAdministration
{
    public static void RequireAdministrator(ClientAccess access)
    {
        if (access.Actor.Kind is not ActorKind.Administrator)
        {
            throw new DomainRuleException("catalogue_administrators_only");
        }
    }

    public static async Task EnsureOrganisation(AppDbContext db, Guid? id, CancellationToken ct)
    {
        if (id is { } org && !await db.Organisations.AnyAsync(o => o.Id == org, ct))
        {
            throw new DomainValidationException([new FieldError("providerOrganisationId", "invalid_choice")]);
        }
    }
}
