using BenchmarkDotNet.Running;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// Runs the benchmarks through <see cref="BenchmarkSwitcher"/>, so every BenchmarkDotNet option works:
/// <c>dotnet run -c Release --project tests/NewsAnalysis.Benchmarks -- --filter '*'</c> (full run) or
/// <c>... -- --filter '*' --job short</c> (quick run, a few minutes on two cores), or
/// <c>... -- rounds [ROUNDS] [RUNS]</c> for the thread-CPU-time comparison in alternating rounds (<see cref="CpuTimeRounds"/>),
/// or <c>... -- compare-amounts OTHER/NewsAnalysis.dll [ROUNDS] [RUNS]</c> for the amount stage against another build
/// (<see cref="CompareBuilds"/>), or <c>... -- create</c> for the time <see cref="NewsAnalyzer.Create"/> takes in this fresh
/// process (run it several times: only the first creation in a process loads and compiles everything).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "rounds")
        {
            CpuTimeRounds.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 25,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
            return;
        }

        if (args.Length > 1 && args[0] == "compare-amounts")
        {
            CompareBuilds.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 31,
                args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 200);
            return;
        }

        if (args.Length > 0 && args[0] == "create")
        {
            // Wall time of the first creation in the process: embedded models and lexicons read, JIT included. The first
            // Analyze is timed apart, because it compiles the stages' code.
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var analyzer = NewsAnalyzer.Create();
            var created = stopwatch.Elapsed.TotalMilliseconds;
            analyzer.Analyze("Arthur Mensch sagte, Mistral AI habe 113 Millionen Dollar eingesammelt.");
            Console.WriteLine(FormattableString.Invariant($"NewsAnalyzer.Create(): {created:F0} ms; first Analyze: +{stopwatch.Elapsed.TotalMilliseconds - created:F0} ms"));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
