using System.Runtime.InteropServices;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// A second, load-robust measurement beside BenchmarkDotNet: the benchmark rows run in alternating rounds on one
/// thread and each round is timed in that thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>; wall time
/// elsewhere), so time the thread spends waiting for a core on a shared machine does not count, and a slow phase
/// of the machine hits every row of a round alike. Prints each row's median and min per run and the per-round
/// ratios the issues ask about (median over rounds).
/// <c>dotnet run -c Release --project tests/NewsAnalysis.Benchmarks -- rounds [ROUNDS] [RUNS-PER-ROUND]</c>
/// </summary>
internal static class CpuTimeRounds
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    internal static long NowNanoseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var t) == 0)
        {
            return t.Seconds * 1_000_000_000L + t.Nanoseconds;
        }

        return (long)(System.Diagnostics.Stopwatch.GetTimestamp() * (1e9 / System.Diagnostics.Stopwatch.Frequency));
    }

    public static void Run(int rounds, int runs)
    {
        var b = new TokenizerBenchmarks();
        b.Setup();
        var rows = new (string Name, Func<int> Run)[]
        {
            ("Lucene StandardTokenizer", b.LuceneStandardTokenizer),
            ("NewsAnalysis Tokenizer", b.OurTokenizer),
            ("Tokenizer + SentenceSplitter", b.OurTokenizerAndSentenceSplitter),
            ("Amount stage alone", b.AmountStageAlone),
        };

        // Warm-up: enough calls for the tiered JIT to settle on its optimised code.
        for (var w = 0; w < 400; w++)
        {
            foreach (var row in rows)
            {
                row.Run();
            }
        }

        var times = rows.Select(_ => new double[rounds]).ToArray();
        var sink = 0;
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < rows.Length; k++)
            {
                var index = (k + r) % rows.Length; // rotate the order, so no row always runs first
                var start = NowNanoseconds();
                for (var i = 0; i < runs; i++)
                {
                    sink += rows[index].Run();
                }

                times[index][r] = (NowNanoseconds() - start) / 1000.0 / runs;
            }
        }

        Console.WriteLine($"// {rounds} rounds x {runs} runs per row, thread CPU time per run (µs); checksum {sink}");
        for (var k = 0; k < rows.Length; k++)
        {
            Console.WriteLine($"{rows[k].Name,-30} median {Median(times[k]),8:F1} µs   min {times[k].Min(),8:F1} µs");
        }

        double Ratio(int a, int c) => Median(Enumerable.Range(0, rounds).Select(r => times[a][r] / times[c][r]).ToArray());
        Console.WriteLine($"Lucene / Tokenizer                 {Ratio(0, 1):F3}   (>= 1.00: our tokenizer at least as fast)");
        Console.WriteLine($"Lucene / (Tokenizer + Splitter)    {Ratio(0, 2):F3}");
        Console.WriteLine($"Amount stage / Tokenizer           {Ratio(3, 1):P1}   (issue 3: at most 20 %)");
        b.Cleanup();
    }

    internal static double Median(double[] values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
