using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// The document-level entity pass alone on the German corpus (the twelve articles concatenated as one
/// document): the tagger's mentions are computed once in the setup, so the figure is the pass's own cost
/// (cleaning, spreading, grouping) on top of the tagger.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ConsolidatorBenchmarks
{
    private readonly EntityConsolidator _consolidator = EntityConsolidator.ForLanguage(Language.German);
    private AnalysisDocument _document = null!;
    private List<EntityMention> _tagged = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchmarkText.LoadGermanCorpus();
        _document = BenchmarkText.TokenizedGermanDocument("corpus-de", text);
        var recognizer = EntityRecognizer.ForLanguage(Language.German);
        var tokens = CollectionsMarshal.AsSpan(_document.Tokens);
        _tagged = [];
        foreach (var sentence in _document.Sentences)
        {
            recognizer.Recognize(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), _tagged);
        }

        Console.WriteLine($"// ConsolidatorBenchmarks: {_document.Tokens.Count:N0} tokens, {_tagged.Count:N0} tagger mentions, {Consolidate():N0} after the pass");
    }

    /// <summary>The document-level pass over the tagger's mentions of the German corpus.</summary>
    [Benchmark(Description = "Document-level entity pass (corpus/de)")]
    public int Consolidate() => _consolidator.Consolidate(_document.Text, _document.Tokens, _tagged, _document.Amounts).Mentions.Count;
}
