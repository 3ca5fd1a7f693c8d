using BenchmarkDotNet.Attributes;
using NewsAnalysis.Pipeline;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// The entity stage alone on the German corpus (the twelve articles concatenated, already tokenised and split
/// into sentences once in the setup): feature hashing, weight sums and Viterbi for every sentence. The
/// tokens/s column divides our token count by the mean time (the bar is 200,000 tokens/s on one core).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EntityBenchmarks
{
    private readonly EntityStage _stage = new();
    private AnalysisDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchmarkText.LoadGermanCorpus();
        _document = BenchmarkText.TokenizedGermanDocument("corpus-de", text);
        var mentions = Entities();
        Console.WriteLine($"// EntityBenchmarks: {_document.Tokens.Count:N0} tokens, {_document.Sentences.Count:N0} sentences, {mentions:N0} mentions");
    }

    /// <summary>The entity stage over every sentence of the German corpus.</summary>
    [Benchmark(Description = "Entity stage (corpus/de)")]
    public int Entities()
    {
        _document.Entities.Clear();
        _stage.Process(_document, CancellationToken.None);
        return _document.Entities.Count;
    }
}
