using BenchmarkDotNet.Running;

namespace WorkAbility.Bench;

/// <summary>
/// <code>
/// dotnet run -c Release --project bench/WorkAbility.Bench -- --filter '*' [--job short]
/// dotnet run -c Release --project bench/WorkAbility.Bench -- existence-timing [pairs]
/// dotnet run -c Release --project bench/WorkAbility.Bench -- logged-reads [--provider Postgres --connection "…"] [--seconds 10] [--users 16]
/// dotnet run -c Release --project bench/WorkAbility.Bench -- statistics-scale --connection "…" [--cases 1000000] [--events-per-case 10]
/// dotnet run -c Release --project bench/WorkAbility.Bench -- seed --connection "…" [--clients 100000] [--batch 5000]
/// dotnet run -c Release --project bench/WorkAbility.Bench -- hot-paths --url http://127.0.0.1:5080 --connection "…" [--seconds 5] [--users 1,16] [--only desk,worklist]
/// dotnet run -c Release --project bench/WorkAbility.Bench -- session-memory [--sessions 2000] [--provider Postgres --connection "…"]
/// dotnet run -c Release --project bench/WorkAbility.Bench -- mixed-load --url http://127.0.0.1:5080 --connection "…" [--seconds 10] [--users 16]
/// dotnet run -c Release --project bench/WorkAbility.Bench -- crash-test [--provider Postgres --connection "…"] [--seconds 5] [--writers 16]
/// </code>
/// (A class of its own: the app's top-level <c>Program</c> is what the in-process host starts.)
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "existence-timing" => await ExistenceTiming.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
            fhir: args.Length > 2 && args[2] == "fhir"),
        "crash-test" => await CrashTest.RunAsync(args[1..]),
        "logged-reads" => await LoggedReads.RunAsync(args[1..]),
        "statistics-scale" => await StatisticsScale.RunAsync(args[1..]),
        "seed" => await SeedCounty.RunAsync(args[1..]),
        "hot-paths" => await HotPaths.RunAsync(args[1..]),
        "session-memory" => await SessionMemory.RunAsync(args[1..]),
        "mixed-load" => await MixedLoad.RunAsync(args[1..]),
        _ => Run(args),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(WorklistBenchmarks).Assembly).Run(args);
        return 0;
    }
}
