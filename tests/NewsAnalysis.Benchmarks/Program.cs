using BenchmarkDotNet.Running;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// Runs the benchmarks through <see cref="BenchmarkSwitcher"/>, so every BenchmarkDotNet option works:
/// <c>dotnet run -c Release --project tests/NewsAnalysis.Benchmarks -- --filter '*'</c> (full run) or
/// <c>... -- --filter '*' --job short</c> (quick run, a few minutes on two cores), or
/// <c>... -- rounds [ROUNDS] [RUNS]</c> for the thread-CPU-time comparison in alternating rounds (<see cref="CpuTimeRounds"/>).
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
