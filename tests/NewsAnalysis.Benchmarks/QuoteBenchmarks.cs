using System.Text;
using BenchmarkDotNet.Attributes;
using NewsAnalysis.Pipeline;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// The quote stage alone (pairing, kinds, attribution) on documents that the earlier stages have already
/// tokenised and split: the German corpus, and hostile inputs at two sizes each (×10 apart), so that the
/// times show whether the stage stays linear: a run of unclosed opening marks, and many quotes in one sentence.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private readonly QuoteStage _stage = new();
    private AnalysisDocument _corpus = null!;
    private AnalysisDocument _unclosed10K = null!;
    private AnalysisDocument _unclosed100K = null!;
    private AnalysisDocument _quotes5K = null!;
    private AnalysisDocument _quotes50K = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Prepare(BenchmarkText.LoadGermanCorpus());
        _unclosed10K = Prepare(new string('„', 10_000));
        _unclosed100K = Prepare(new string('„', 100_000));
        _quotes5K = Prepare(Repeat("„ja“, sagte er. ", 5_000));
        _quotes50K = Prepare(Repeat("„ja“, sagte er. ", 50_000));
        Run(_corpus);
        Console.WriteLine($"// QuoteBenchmarks: corpus/de {_corpus.Text.Length:N0} chars, {_corpus.Quotes.Count} quotes; 50K document {_quotes50K.Text.Length:N0} chars");
    }

    [Benchmark(Description = "Quote stage: corpus/de")]
    public int CorpusGerman() => Run(_corpus);

    [Benchmark(Description = "Quote stage: 10,000 unclosed „")]
    public int Unclosed10K() => Run(_unclosed10K);

    [Benchmark(Description = "Quote stage: 100,000 unclosed „")]
    public int Unclosed100K() => Run(_unclosed100K);

    [Benchmark(Description = "Quote stage: 5,000 quotes")]
    public int Quotes5K() => Run(_quotes5K);

    [Benchmark(Description = "Quote stage: 50,000 quotes")]
    public int Quotes50K() => Run(_quotes50K);

    private int Run(AnalysisDocument document)
    {
        document.Quotes.Clear();
        _stage.Process(document, CancellationToken.None);
        return document.Quotes.Count;
    }

    private static AnalysisDocument Prepare(string text) => BenchmarkText.TokenizedGermanDocument("benchmark", text);

    private static string Repeat(string s, int count)
    {
        var builder = new StringBuilder(s.Length * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(s);
        }

        return builder.ToString();
    }
}
