using Microsoft.EntityFrameworkCore;
using WorkAbility.Domain.Clients;

namespace WorkAbility.Data;

/// <summary>
/// Client search by name: the name in both orders in one text ("Matti Mallikas Matti") finds
/// "Matti Mallikas" and "Mallikas Matti" alike, anywhere in it. On PostgreSQL in any letter case
/// and through one trigram index on exactly this expression (migration ClientNameSearch), so the
/// search costs the matches, not the county; SQLite's LIKE is case-blind for ASCII already.
/// </summary>
public static class ClientNameSearch
{
    public static IQueryable<Client> WhereNameContains(this IQueryable<Client> clients, string text, bool postgres)
    {
        var pattern = LikePattern.Containing(text);
        return postgres
            ? clients.Where(c => EF.Functions.ILike(c.FirstName + " " + c.LastName + " " + c.FirstName, pattern, LikePattern.Escape))
            : clients.Where(c => EF.Functions.Like(c.FirstName + " " + c.LastName + " " + c.FirstName, pattern, LikePattern.Escape));
    }
}
