using BenchmarkDotNet.Running;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// Runs the benchmarks through <see cref="BenchmarkSwitcher"/>, so every BenchmarkDotNet option works:
/// <c>dotnet run -c Release --project tests/NewsAnalysis.Benchmarks -- --filter '*'</c> (full run) or
/// <c>... -- --filter '*' --job short</c> (quick run, a few minutes on two cores).
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
