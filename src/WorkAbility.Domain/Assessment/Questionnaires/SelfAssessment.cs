namespace WorkAbility.Domain.Assessment.Questionnaires;

/// <summary>Who filled a self-assessment: the client themselves, or a professional with the client.</summary>
public enum FilledBy
{
    Client,
    ProfessionalWithClient,
}

/// <summary>One filling of a questionnaire by or with the client (F6). Answers are kept as given.</summary>
public sealed class SelfAssessment
{
    private SelfAssessment()
    {
        QuestionnaireUrl = QuestionnaireVersion = AnswersJson = ScoresJson = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public string QuestionnaireUrl { get; private set; }
    public string QuestionnaireVersion { get; private set; }
    public DateTimeOffset FilledAt { get; private set; }
    public FilledBy FilledBy { get; private set; }
    public Guid? ProfessionalId { get; private set; }

    /// <summary>The answers as a JSON object linkId → answer (invariant culture).</summary>
    public string AnswersJson { get; private set; }

    /// <summary>The scores as a JSON object score id → number or null.</summary>
    public string ScoresJson { get; private set; }

    public static SelfAssessment Record(Guid clientId, Questionnaire questionnaire, IReadOnlyDictionary<string, string?> rawAnswers,
        FilledBy filledBy, Guid? professionalId, DateTimeOffset now)
    {
        var answers = questionnaire.Validate(rawAnswers);
        return new SelfAssessment
        {
            Id = Guid.CreateVersion7(now),
            ClientId = clientId,
            QuestionnaireUrl = questionnaire.Url,
            QuestionnaireVersion = questionnaire.Version,
            FilledAt = now,
            FilledBy = filledBy,
            ProfessionalId = professionalId,
            AnswersJson = System.Text.Json.JsonSerializer.Serialize(answers),
            ScoresJson = System.Text.Json.JsonSerializer.Serialize(questionnaire.Score(answers)),
        };
    }

    /// <summary>The item of the self-assessment that asks the work ability score (0–10; työkykypistemäärä).</summary>
    public const string WorkAbilityScoreItem = "was";

    /// <summary>The work ability score given in a filling's answers, if it was answered.</summary>
    public static int? WorkAbilityScoreIn(string answersJson) =>
        WorkAbilityScoreOf(System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(answersJson) ?? []);

    /// <summary>The work ability score among a filling's answers (linkId → answer), if it was answered.</summary>
    public static int? WorkAbilityScoreOf(IReadOnlyDictionary<string, string> answers) =>
        answers.TryGetValue(WorkAbilityScoreItem, out var text)
        && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) ? score : null;

    public int? WorkAbilityScore => WorkAbilityScoreIn(AnswersJson);

    public IReadOnlyDictionary<string, string> Answers =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(AnswersJson) ?? [];

    public IReadOnlyDictionary<string, int?> Scores =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int?>>(ScoresJson) ?? [];
}
