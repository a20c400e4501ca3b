using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Assessment;
using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>
/// F6–F8: a professional records the need assessment of the client's active case — both views,
/// the measures, the level of support and its reasons — and the case moves where that level
/// belongs. The TYP rule is run on the facts given and its result kept with the assessment.
/// </summary>
public static class AssessNeed
{
    /// <summary>The change this use case makes, as the access log names it; a page that posts it declares the same.</summary>
    public const string Change = "need-assessment";

    public sealed class Request
    {
        public string? ClientView { get; set; }
        public string? ProfessionalView { get; set; }
        public string? MeasuresUsed { get; set; }
        public int? WorkAbilityScore { get; set; }
        public LevelOfSupport? Level { get; set; }
        public string? Reasons { get; set; }

        /// <summary>For self-care or a low-threshold service: the first follow-up agreed with the client (F33).</summary>
        public DateOnly? FollowUpOn { get; set; }

        // TYP facts (F8); unknown ones stay empty and are named as missing.
        public int? ContinuousUnemploymentMonths { get; set; }
        public int? LabourMarketSubsidyDays { get; set; }
        public bool? NeedsEmploymentServices { get; set; }
        public bool? NeedsSocialOrHealthServices { get; set; }
        public bool? NeedsKelaServices { get; set; }

        // Countable facts for the statistics (F28): target groups (several allowed), income, rehabilitation phase.
        public List<TargetGroup>? TargetGroups { get; set; }
        public IncomeSource? Income { get; set; }
        public VocationalRehabilitationPhase? RehabilitationPhase { get; set; }

        /// <summary>The case version the form was filled against; a newer one means someone else changed it.</summary>
        public string? CaseVersion { get; set; }
    }

    public sealed record Result(Guid AssessmentId, CaseStage Stage, LevelOfSupport Level, TypRecognitionResult Typ);

    public sealed class Handler(AppDbContext db, ClientAccess access, TypThresholds thresholds, TimeProvider clock)
    {
        public async Task<Result> Handle(Guid clientId, Request request, CancellationToken ct)
        {
            var actor = access.RequireProfessional();
            var client = await access.AuthoriseCreate(clientId, Change, ct);
            var supportCase = await db.SupportCases.Include(c => c.Events)
                .SingleOrDefaultAsync(SupportCase.ActiveOf(clientId), ct)
                ?? throw new DomainRuleException("no_active_case");
            if (request.CaseVersion is { Length: > 0 } version && version != supportCase.Version.ToString("N"))
            {
                throw new DbUpdateConcurrencyException();
            }

            var now = clock.GetUtcNow();
            var typ = TypRecognition.Recognise(new TypFacts(
                client.PersonalIdentityCode.AgeOn(FinnishCalendar.DateOf(now)),
                request.ContinuousUnemploymentMonths, request.LabourMarketSubsidyDays,
                request.NeedsEmploymentServices, request.NeedsSocialOrHealthServices, request.NeedsKelaServices), thresholds);

            var assessment = NeedAssessment.Record(supportCase, actor.ProfessionalId!.Value, request.ClientView, request.ProfessionalView,
                request.MeasuresUsed, request.WorkAbilityScore, request.Level, request.Reasons, typ.LikelyTypClient, now,
                request.TargetGroups, request.Income, request.RehabilitationPhase);
            var firstFollowUp = WorkAbility.Domain.FollowUp.LowThresholdRoute.FirstFollowUp(assessment.Level, request.FollowUpOn, FinnishCalendar.DateOf(now));
            supportCase.DecideLevelOfSupport(assessment.Level, actor.ProfessionalId, now);
            db.NeedAssessments.Add(assessment);
            if (firstFollowUp is { } on)
            {
                // The one who decided owns the case now: the follow-up is theirs, on the day agreed with the client.
                db.FollowUpDues.Add(WorkAbility.Domain.FollowUp.FollowUpDue.On(supportCase.Id, on));
            }
            await db.SaveChangesAsync(ct);
            return new Result(assessment.Id, supportCase.Stage, assessment.Level, typ);
        }

    }

    public static void Map(RouteGroupBuilder client) =>
        client.MapPost("/assessments", async (Guid clientId, Request request, Handler handler, CancellationToken ct) =>
            Results.Created($"/api/clients/{clientId}/cases", await handler.Handle(clientId, request, ct))).Produces(StatusCodes.Status201Created);
}
