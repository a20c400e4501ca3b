using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/WorkAbility.Bench -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(WorkAbility.Bench.WorklistBenchmarks).Assembly).Run(args);
