using WorkAbility.Data;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Features.Shared;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Features.Screening;

namespace WorkAbility.Web.Features.Concerns;

/// <summary>
/// F1 + F3 + F2: a professional records a contact or concern about a client's work ability. It
/// joins the client's active case or opens one; the screening indicators are checked with what
/// the contact told, and the alerts are returned to be shown at once.
/// </summary>
public static class RecordConcern
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "concern";

    public sealed class Request
    {
        public ConcernSource? Source { get; set; }
        public string? SourceService { get; set; }
        public ContactChannel? Channel { get; set; }
        public string? Description { get; set; }
        public DateOnly? NoticedOn { get; set; }

        /// <summary>The path of a new case, if the contact opens one.</summary>
        public ServicePath Path { get; set; } = ServicePath.Unemployed;

        public bool RaisedWithClient { get; set; }
        public string? ClientResponse { get; set; }

        // What the contact told, for the screening indicators (F2).
        public string? EmploymentStatus { get; set; }
        public bool? HasOccupationalHealth { get; set; }
        public int? UnemploymentDurationDays { get; set; }
        public string? VisitReason { get; set; }
        public int? VisitsLast12Months { get; set; }
        public int? SickLeaveDaysLast12Months { get; set; }
        public Dictionary<string, bool>? Indicators { get; set; }
    }

    public sealed record Result(Guid CaseId, Guid ConcernId, bool OpenedNewCase, IReadOnlyList<ScreeningCheck.Alert> Alerts);

    public sealed class Handler(AppDbContext db, ClientAccess access, CaseOpening cases, ScreeningRules rules,
        Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> l, TimeProvider clock)
    {
        public async Task<Result> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var client = await access.AuthoriseCreate(clientId, Change, ct);
            var age = client.PersonalIdentityCode.AgeOn(FinnishCalendar.Today(clock));
            var alerts = ScreeningCheck.Evaluate(new ScreeningCheck.Request(
                request.EmploymentStatus, request.HasOccupationalHealth, request.UnemploymentDurationDays, age,
                request.VisitReason, request.VisitsLast12Months, request.SickLeaveDaysLast12Months,
                request.Indicators?.Where(i => i.Value).ToDictionary()), rules.Current, l).Alerts;

            var now = clock.GetUtcNow();
            var today = FinnishCalendar.DateOf(now);
            var (supportCase, opened) = await cases.OpenOrJoin(clientId, request.Path, actor, ct);
            var concern = Concern.Record(supportCase.Id, request.Source, request.SourceService, request.Channel, request.Description,
                request.NoticedOn, actor.ProfessionalId!.Value, now, today);
            if (request.RaisedWithClient)
            {
                concern.RaiseWithClient(request.ClientResponse, now);
            }
            concern.NoteScreening(alerts.Count > 0);
            supportCase.NoteConcern(concern, actor.ProfessionalId, now);
            db.Concerns.Add(concern);
            await db.SaveChangesAsync(ct);
            return new Result(supportCase.Id, concern.Id, opened, alerts);
        }
    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/concerns", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/cases", await handler.Handle(clientId, request, ct))).Produces(StatusCodes.Status201Created);
}
