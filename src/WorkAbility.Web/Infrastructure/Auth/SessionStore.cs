using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Sessions;

namespace WorkAbility.Web.Infrastructure.Auth;

/// <summary>Server-side sessions: started at sign-in, checked on every request, ended at sign-out.</summary>
public sealed class SessionStore(AppDbContext db, TimeProvider clock, AuthSettings settings)
{
    public async Task<Guid> StartAsync(string userId, CancellationToken ct)
    {
        var session = UserSession.Start(userId, clock.GetUtcNow());
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Entry(session).State = EntityState.Detached;
        return session.Id;
    }

    public async Task<bool> ValidateAsync(Guid sessionId, string userId, CancellationToken ct)
    {
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var now = clock.GetUtcNow();
        if (session is null || session.UserId != userId ||
            !session.IsValid(now, TimeSpan.FromMinutes(settings.InactivityTimeoutMinutes), TimeSpan.FromHours(settings.AbsoluteTimeoutHours)))
        {
            return false;
        }
        if (session.Touch(now))
        {
            await db.SaveChangesAsync(ct);
        }
        db.Entry(session).State = EntityState.Detached;
        return true;
    }

    public async Task EndAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is not null)
        {
            session.End(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            db.Entry(session).State = EntityState.Detached;
        }
    }
}
