using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// The amount stage of this build against the same stage of another build of the library (say, the commit before a
/// change), on the benchmark text in one process: each round times both, in alternating order, in the thread's CPU
/// time, and the median of the per-round ratios is this build / the other. On the shared 2-core machine two runs of
/// <c>rounds</c> drift by 10 % and more with the load; this ratio of two identical builds stays within about 3 %.
/// <c>dotnet run -c Release --project tests/NewsAnalysis.Benchmarks -- compare-amounts OTHER/NewsAnalysis.dll [ROUNDS] [RUNS]</c>
/// </summary>
internal static class CompareBuilds
{
    public static void Run(string otherAssemblyPath, int rounds, int runs)
    {
        var b = new TokenizerBenchmarks();
        b.Setup();
        Func<int> mine = b.AmountStageAlone;
        var other = LoadAmountStage(Path.GetFullPath(otherAssemblyPath), BenchmarkText.LoadGermanCorpus());
        Console.WriteLine($"// amounts per run: this build {mine()}, other build {other()}");

        // Warm-up: enough calls for the tiered JIT to settle on its optimised code in both builds.
        for (var w = 0; w < 400; w++)
        {
            mine();
            other();
        }

        var times = new[] { new double[rounds], new double[rounds] };
        var rows = new[] { mine, other };
        var sink = 0;
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < 2; k++)
            {
                var index = (k + r) % 2; // alternate which build runs first
                var start = CpuTimeRounds.NowNanoseconds();
                for (var i = 0; i < runs; i++)
                {
                    sink += rows[index]();
                }

                times[index][r] = (CpuTimeRounds.NowNanoseconds() - start) / 1000.0 / runs;
            }
        }

        Console.WriteLine($"// {rounds} rounds x {runs} runs per build, thread CPU time per run (µs); checksum {sink}");
        Console.WriteLine($"Amount stage, this build           median {CpuTimeRounds.Median(times[0]),8:F1} µs   min {times[0].Min(),8:F1} µs");
        Console.WriteLine($"Amount stage, other build          median {CpuTimeRounds.Median(times[1]),8:F1} µs   min {times[1].Min(),8:F1} µs");
        var ratios = Enumerable.Range(0, rounds).Select(r => times[0][r] / times[1][r]).ToArray();
        Console.WriteLine($"this / other                       {CpuTimeRounds.Median(ratios):F3}   (per-round ratios from {ratios.Min():F3} to {ratios.Max():F3})");
        b.Cleanup();
    }

    /// <summary>
    /// Loads the other build in a context of its own (its types are distinct from this build's), runs its tokenizer and
    /// sentence stages over <paramref name="text"/> once, and returns one run of its amount stage over the result.
    /// </summary>
    private static Func<int> LoadAmountStage(string path, string text)
    {
        var assembly = new AssemblyLoadContext("other build").LoadFromAssemblyPath(path);
        Type Type(string name) => assembly.GetType("NewsAnalysis." + name, throwOnError: true)!;
        var german = Enum.Parse(Type("Languages.Language"), nameof(Language.German));
        var document = New(Type("Pipeline.AnalysisDocument"), "corpus-de", text, null, german);
        var tokenizer = New(Type("Tokenization.Tokenizer"));
        var stages = new[]
        {
            New(Type("Pipeline.TokenizerStage"), tokenizer),
            New(Type("Pipeline.SentenceStage"), New(Type("Sentences.SentenceSplitter"), tokenizer)),
        };
        foreach (var stage in stages)
        {
            stage.GetType().GetMethod("Process")!.Invoke(stage, [document, CancellationToken.None]);
        }

        var amountStage = New(Type("Pipeline.AmountStage"));
        var amounts = (IList)document.GetType().GetProperty("Amounts")!.GetValue(document)!;
        return (Func<int>)typeof(CompareBuilds).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(document.GetType())
            .Invoke(null, [amountStage, document, amounts])!;
    }

    // A typed delegate, so a run costs a call, not a reflection invocation.
    private static Func<int> Bind<TDocument>(object stage, object document, IList amounts)
    {
        var process = stage.GetType().GetMethod("Process")!.CreateDelegate<Action<TDocument, CancellationToken>>(stage);
        var typed = (TDocument)document;
        return () =>
        {
            amounts.Clear();
            process(typed, CancellationToken.None);
            return amounts.Count;
        };
    }

    // The public constructor that takes these leading arguments, the rest left at their defaults.
    private static object New(Type type, params object?[] leading)
    {
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters() is var p && p.Length >= leading.Length && p.Skip(leading.Length).All(x => x.HasDefaultValue)
                && p.Zip(leading).All(x => Accepts(x.First.ParameterType, x.Second)))
            .OrderBy(c => c.GetParameters().Length)
            .First();
        return constructor.Invoke([.. leading, .. constructor.GetParameters().Skip(leading.Length).Select(p => p.DefaultValue)]);

        static bool Accepts(Type parameter, object? argument) =>
            argument is null
                ? !parameter.IsValueType || Nullable.GetUnderlyingType(parameter) is not null
                : (Nullable.GetUnderlyingType(parameter) ?? parameter).IsInstanceOfType(argument);
    }
}
