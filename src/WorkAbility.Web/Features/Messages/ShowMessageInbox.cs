using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Messages;

/// <summary>
/// F40: the professional's messages page (<c>/viestit</c>, <c>GET /api/messages/waiting</c>): the client threads waiting
/// for an answer on the cases they take part in, oldest wait first, with how many working days each has waited. Only
/// clients the reader may open are shown (each logged as a list read); the rest are neither shown nor counted.
/// </summary>
public static class ShowMessageInbox
{
    public const string Resource = "messages.inbox";

    /// <summary>How many waiting threads the page shows at most.</summary>
    public const int Most = 100;

    public sealed record Waiting(WaitingThread Thread, int WorkingDaysWaited);

    public sealed class Handler(AppDbContext db, ClientAccess access, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Waiting>> Handle(CancellationToken ct)
        {
            var me = access.RequireProfessional().ProfessionalId!.Value;
            var threads = await WaitingThreads.Of(db, me, Most, ct);
            var visible = await access.Visible(threads.Select(t => (t.ClientId, t.RegisteredAt)).DistinctBy(t => t.ClientId).ToList(), Resource, ct);
            var today = WorkAbility.Domain.Common.FinnishCalendar.DateOf(clock.GetUtcNow());
            return threads.Where(t => visible.Contains(t.ClientId))
                .Select(t => new Waiting(t, WorkAbility.Domain.Common.WorkingDays.Between(WorkAbility.Domain.Common.FinnishCalendar.DateOf(t.WaitingSince), today)))
                .ToList();
        }
    }

    public static void Map(RouteGroupBuilder messages) =>
        messages.MapGet("/waiting", async (Handler handler, CancellationToken ct) => Results.Ok(await handler.Handle(ct)))
            .WithSummary("Client threads waiting for an answer on the caller's cases, oldest wait first");
}
