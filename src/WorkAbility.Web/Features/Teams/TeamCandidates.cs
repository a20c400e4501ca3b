namespace WorkAbility.Web.Features.Teams;

/// <summary>What the team forms ask before someone joins (F11).</summary>
internal static class TeamCandidates
{
    /// <summary>Names of the chosen people no valid consent lets see the client: the form asks once before it goes on.</summary>
    public static IReadOnlyList<string> OutsideConsent(ShowTeam.View data, IEnumerable<Guid> chosen) =>
        data.Candidates.Where(c => chosen.Contains(c.Id) && data.OutsideConsent.Contains(c.Id)).Select(c => $"{c.Name} ({c.Organisation})").ToList();
}
