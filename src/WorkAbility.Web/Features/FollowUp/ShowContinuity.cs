using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.FollowUp;

/// <summary>
/// F41, seed 001: the continuity plan as the organisation it was sent to reads it. Only that organisation's staff open it;
/// the client's name and the plan's words are shown only when the client's consent lets the organisation see them (the read
/// is logged), otherwise who to ask – the case's organisation and its last case manager.
/// </summary>
public static class ShowContinuity
{
    public sealed record View(Guid Id, string CaseOrganisation, string? CaseManager, DateTimeOffset SentAt, DateTimeOffset? EndedAt, CaseOutcome? Outcome,
        Guid? ClientId, string? ClientName, string? ContinuityNote, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, string Version)
    {
        public bool OutsideConsent => ClientId is null;
    }

    public sealed class Handler(AppDbContext db, ClientAccess access)
    {
        /// <param name="readClient">False after the page's own acknowledgement: the client was read (and logged) once for the request.</param>
        public async Task<View> Handle(Guid id, CancellationToken ct, bool readClient = true)
        {
            var actor = access.RequireProfessional();
            var found = await (from h in db.ContinuityHandoffs.AsNoTracking()
                               where h.Id == id && h.OrganisationId == actor.OrganisationId
                               join c in db.SupportCases on h.SupportCaseId equals c.Id
                               join o in db.Organisations on c.OpenedAtOrganisationId equals o.Id
                               select new { h, c.ClientId, c.EndedAt, c.Outcome, c.ContinuityNote, Organisation = o.Name, CaseId = c.Id }).SingleOrDefaultAsync(ct)
                ?? throw new ClientNotFoundException();
            var managerId = await db.Teams.AsNoTracking().Where(t => t.SupportCaseId == found.CaseId).Select(t => (Guid?)t.CaseManagerId).SingleOrDefaultAsync(ct);
            var names = await db.Professionals.AsNoTracking().Where(p => p.Id == managerId || p.Id == found.h.AcknowledgedById)
                .ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
            string? clientName = null;
            try
            {
                clientName = readClient ? (await access.ReadClient(found.ClientId, "continuity.view", ct)).FullName : null;
            }
            catch (ClientNotFoundException)
            {
                // The consent does not name this organisation: it learns that support ended and whom to ask, nothing of the client.
            }
            return new View(found.h.Id, found.Organisation, managerId is { } m ? names.GetValueOrDefault(m) : null, found.h.SentAt, found.EndedAt, found.Outcome,
                clientName is null ? null : found.ClientId, clientName, clientName is null ? null : found.ContinuityNote, found.h.AcknowledgedAt,
                found.h.AcknowledgedById is { } by ? names.GetValueOrDefault(by) : null, found.h.Version.ToString("N"));
        }
    }

    public static void Map(RouteGroupBuilder continuity) =>
        continuity.MapGet("/{id:guid}", async (Guid id, Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(id, ct)))
            .WithSummary("A continuity plan sent to the caller's organisation when support ended; the client's data only as the consent allows");
}
