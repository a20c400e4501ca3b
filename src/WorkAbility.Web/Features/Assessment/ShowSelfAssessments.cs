using WorkAbility.Data;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Assessment;

/// <summary>F6: the self-assessment page — the questionnaire, every filling (the change over time) and the external measures; one access-log entry.</summary>
public static class ShowSelfAssessments
{
    /// <param name="HiddenByConsent">Health data the client's consent does not give this reader's organisation: the page says so, never "not filled in".</param>
    public sealed record View(IReadOnlyList<HealthRecords.Filling> Fillings, IReadOnlyList<HealthRecords.Measure> Measures, bool HiddenByConsent = false);

    public sealed class Handler(AppDbContext db, ClientAccess access, QuestionnaireLibrary library)
    {
        public async Task<View> Handle(Guid clientId, CancellationToken ct)
        {
            await access.ReadClient(clientId, "self-assessment.page", ct);
            return HealthRecords.MayShow(access, clientId)
                ? new View(await HealthRecords.Fillings(db, library.SelfAssessment.Url, clientId, ct), await HealthRecords.Measures(db, clientId, ct))
                : new View([], [], HiddenByConsent: true);
        }
    }
}
