using WorkAbility.Domain.Cases;
using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Assessment;

/// <summary>
/// A professional's need assessment (F6, F7): the client's own view in their words, the
/// professional's view, the measures used, and the decision on the level of support with reasons.
/// Optionally the single-item work ability score (0–10) and the TYP facts with their result.
/// </summary>
public sealed class NeedAssessment
{
    public const int TextMaxLength = 4000;

    private NeedAssessment()
    {
        ClientView = ProfessionalView = Reasons = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid SupportCaseId { get; private set; }
    public Guid AssessedById { get; private set; }
    public DateTimeOffset AssessedAt { get; private set; }
    public CaseStage AssessedInStage { get; private set; }
    public string ClientView { get; private set; }
    public string ProfessionalView { get; private set; }
    public string? MeasuresUsed { get; private set; }
    public int? WorkAbilityScore { get; private set; }
    public LevelOfSupport Level { get; private set; }
    public string Reasons { get; private set; }
    public bool? LikelyTypClient { get; private set; }

    /// <summary>The target groups of seed 001 the client belongs to (F28).</summary>
    public TargetGroup TargetGroups { get; private set; }

    /// <summary>The client's main source of income at the assessment.</summary>
    public IncomeSource? Income { get; private set; }

    /// <summary>Where the client is in vocational rehabilitation.</summary>
    public VocationalRehabilitationPhase? RehabilitationPhase { get; private set; }

    public LivelihoodFacts Livelihood => new(TargetGroups, Income, RehabilitationPhase);

    public static NeedAssessment Record(SupportCase supportCase, Guid assessedById, string? clientView, string? professionalView,
        string? measuresUsed, int? workAbilityScore, LevelOfSupport? level, string? reasons, bool? likelyTypClient, DateTimeOffset now,
        IEnumerable<TargetGroup>? targetGroups = null, IncomeSource? income = null, VocationalRehabilitationPhase? rehabilitation = null)
    {
        var errors = new List<FieldError>();
        var client = TextRules.RequiredText(clientView, "clientView", TextMaxLength, errors);
        var professional = TextRules.RequiredText(professionalView, "professionalView", TextMaxLength, errors);
        var measures = TextRules.OptionalText(measuresUsed, "measuresUsed", TextMaxLength, errors);
        var why = TextRules.RequiredText(reasons, "reasons", TextMaxLength, errors);
        if (workAbilityScore is < 0 or > 10)
        {
            errors.Add(new FieldError("workAbilityScore", "out_of_range"));
        }
        if (level is null)
        {
            errors.Add(new FieldError("level", TextRules.Required));
        }
        else if (!Enum.IsDefined(level.Value))
        {
            errors.Add(new FieldError("level", "invalid_choice"));
        }
        else if (!LevelOfSupportRules.FitsPath(level.Value, supportCase.Path))
        {
            errors.Add(new FieldError("level", "level_needs_occupational_health"));
        }
        var groups = LivelihoodFacts.Combine(targetGroups, errors);
        if (income is { } i && !Enum.IsDefined(i))
        {
            errors.Add(new FieldError("income", "invalid_choice"));
        }
        if (rehabilitation is { } r && !Enum.IsDefined(r))
        {
            errors.Add(new FieldError("rehabilitationPhase", "invalid_choice"));
        }
        TextRules.ThrowIfAny(errors);
        return new NeedAssessment
        {
            Id = Guid.CreateVersion7(now),
            SupportCaseId = supportCase.Id,
            AssessedById = assessedById,
            AssessedAt = now,
            AssessedInStage = supportCase.Stage,
            ClientView = client,
            ProfessionalView = professional,
            MeasuresUsed = measures,
            WorkAbilityScore = workAbilityScore,
            Level = level!.Value,
            Reasons = why,
            LikelyTypClient = likelyTypClient,
            TargetGroups = groups,
            Income = income,
            RehabilitationPhase = rehabilitation,
        };
    }
}
