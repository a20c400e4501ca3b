using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Organisations;
using WorkAbility.Web.Data.Demo;

namespace WorkAbility.Web.Features.SignIn;

/// <summary>The people one can sign in as in demo mode: every active staff member and a few clients.</summary>
public static class DemoUsers
{
    public const string ClientPrefix = "asiakas-";
    public const string ClientRole = "Client";

    public sealed record User(string Username, string DisplayName, string Role, string? Profession, string Organisation, string? OrganisationKind);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<User>> List(CancellationToken ct)
        {
            var staff = await (from p in db.Professionals.AsNoTracking()
                               join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                               where p.Active
                               select new { p.Username, p.FirstName, p.LastName, p.Role, p.Profession, OrganisationName = o.Name, o.Kind })
                .ToListAsync(ct);
            // Demo clients: Matti of seed 000 first, then two others, so the client portal can be tried.
            var clients = await db.Clients.AsNoTracking()
                .OrderBy(c => c.FirstName == DemoCountySeeder.MattiFirstName && c.LastName == DemoCountySeeder.MattiLastName ? 0 : 1)
                .ThenBy(c => c.Id)
                .Take(3)
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.Municipality })
                .ToListAsync(ct);
            // Coordinators first, then professionals, managers and administrators (enum order, not alphabetical).
            return staff.OrderBy(s => s.Role is StaffRole.Coordinator ? -1 : (int)s.Role).ThenBy(s => s.LastName).ThenBy(s => s.FirstName).Select(s => new User(s.Username, s.FirstName + " " + s.LastName, s.Role.ToString(), s.Profession.ToString(), s.OrganisationName, s.Kind.ToString()))
                .Concat(clients.Select(c => new User(ClientPrefix + c.Id.ToString("N"), c.FirstName + " " + c.LastName, ClientRole, null, c.Municipality, null)))
                .ToList();
        }
    }
}
