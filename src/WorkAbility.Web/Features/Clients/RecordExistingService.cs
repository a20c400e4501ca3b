using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Clients;

/// <summary>Records a service the client already has; professionals only. See <see cref="ExistingServices"/>.</summary>
public static class RecordExistingService
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "existing-services";

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid clientId, ExistingServices.Request request, CancellationToken ct)
        {
            var me = access.RequireProfessional().ProfessionalId!.Value;
            var client = await access.LoadClientForWrite(clientId, Change, ct);
            if (request.ServiceId is { } serviceId && !await db.Services.AnyAsync(s => s.Id == serviceId, ct))
            {
                throw new DomainValidationException([new FieldError("serviceId", "invalid_choice")]);
            }
            var entry = ExistingService.Record(client.Id, request.Kind, request.Organisation, request.ServiceId, request.ContactPerson, request.Contact,
                request.Since, request.Until, request.Note, me, clock.GetUtcNow());
            db.ExistingServices.Add(entry);
            await db.SaveChangesAsync(ct);
            return entry.Id;
        }
    }
}
