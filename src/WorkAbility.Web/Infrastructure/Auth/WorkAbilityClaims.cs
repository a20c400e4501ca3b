using System.Security.Claims;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Organisations;

namespace WorkAbility.Web.Infrastructure.Auth;

/// <summary>The claims the app puts in its cookie, and the <see cref="Actor"/> read back from them.</summary>
public static class WorkAbilityClaims
{
    public const string Kind = "wa:kind";
    public const string Professional = "wa:professional";
    public const string Organisation = "wa:organisation";
    public const string Client = "wa:client";
    public const string SessionId = "wa:sid";
    public const string ClientRole = "Client";

    /// <summary>A person identified strongly whom the county does not know yet (F40): the identity code the identification gave.</summary>
    public const string Resident = "wa:resident";
    public const string ResidentRole = "Resident";

    /// <summary>Suomi.fi e-Identification carries the personal identity code in this claim.</summary>
    public const string SuomiFiIdentityCode = "urn:oid:1.2.246.21";

    public static ClaimsPrincipal ForStaff(Professional p, Guid sessionId, string scheme) =>
        Principal(scheme, sessionId,
            new(ClaimTypes.NameIdentifier, p.Id.ToString()),
            new(ClaimTypes.Name, p.DisplayName),
            new(ClaimTypes.Role, p.Role.ToString()),
            new(Kind, "staff"),
            new(Professional, p.Id.ToString()),
            new(Organisation, p.OrganisationId.ToString()));

    public static ClaimsPrincipal ForClient(Guid clientId, string displayName, Guid sessionId, string scheme) =>
        Principal(scheme, sessionId,
            new(ClaimTypes.NameIdentifier, clientId.ToString()),
            new(ClaimTypes.Name, displayName),
            new(ClaimTypes.Role, ClientRole),
            new(Kind, "client"),
            new(Client, clientId.ToString()));

    /// <summary>
    /// A person the county does not know as a client, identified strongly: they land on the request for support and
    /// nothing else. Their user id is a hash of the identity code, so the session table holds no identity code.
    /// </summary>
    public static ClaimsPrincipal ForResident(string identityCode, string firstName, string lastName, Guid sessionId, string scheme) =>
        Principal(scheme, sessionId,
            new(ClaimTypes.NameIdentifier, ResidentUserId(identityCode)),
            new(ClaimTypes.Name, (firstName + " " + lastName).Trim()),
            new(ClaimTypes.GivenName, firstName),
            new(ClaimTypes.Surname, lastName),
            new(ClaimTypes.Role, ResidentRole),
            new(Kind, "resident"),
            new(Resident, identityCode));

    public static string ResidentUserId(string identityCode) =>
        "resident-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identityCode)))[..32].ToLowerInvariant();

    /// <summary>The strongly identified person's identity code and name, for a resident; none for anyone else.</summary>
    public static (string IdentityCode, string FirstName, string LastName)? ResidentOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(Kind) == "resident" && user.FindFirstValue(Resident) is { } code
            ? (code, user.FindFirstValue(ClaimTypes.GivenName) ?? "", user.FindFirstValue(ClaimTypes.Surname) ?? "")
            : null;

    private static ClaimsPrincipal Principal(string scheme, Guid sessionId, params Claim[] claims) =>
        new(new ClaimsIdentity(
            claims.Append(new Claim(SessionId, sessionId.ToString())),
            scheme, ClaimTypes.Name, ClaimTypes.Role));

    public static Actor ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Actor.Anonymous;
        }
        if (user.FindFirstValue(Kind) == "client" && Guid.TryParse(user.FindFirstValue(Client), out var clientId))
        {
            return Actor.OwnClient(clientId);
        }
        if (user.FindFirstValue(Kind) == "resident")
        {
            return Actor.Resident(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "resident");
        }
        if (Guid.TryParse(user.FindFirstValue(Professional), out var professionalId) &&
            Guid.TryParse(user.FindFirstValue(Organisation), out var organisationId) &&
            Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return Actor.Staff(professionalId, organisationId, role);
        }
        return Actor.Anonymous;
    }
}
