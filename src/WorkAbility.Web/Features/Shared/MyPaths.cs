namespace WorkAbility.Web.Features.Shared;

/// <summary>The addresses of the client's own pages (F27), in one place like <see cref="Paths"/>.</summary>
public static class MyPaths
{
    public const string Home = "/oma";
    public const string Plan = "/oma/suunnitelma";
    public const string Team = "/oma/tiimi";
    public const string Messages = "/oma/viestit";
    public const string SelfAssessment = "/oma/itsearvio";
    public const string Consents = "/oma/suostumukset";
    public const string AccessLog = "/oma/katselut";
    public const string Feedback = "/oma/palaute";

    /// <summary>The client's tasks: the team's and their own plan actions, on the home page (F40).</summary>
    public const string Tasks = Home + "#tehtavat";

    /// <summary>Asking for work ability support oneself (F40): a client's, and the only page of a person not yet a client.</summary>
    public const string AskForSupport = "/pyynto";
}
