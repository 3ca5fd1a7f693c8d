using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// Our tokenizer (and sentence splitter, and the whole pipeline) against Lucene.Net's StandardTokenizer on the
/// same German text: the twelve corpus articles concatenated. Every method works through the whole text once.
/// Lucene is the baseline; the <see cref="ThroughputConfig"/> columns add tokens/s (token count / mean) and
/// Lucene's time over ours (&gt;= 1.00: at least as fast as Lucene; BenchmarkDotNet's Ratio is the inverse).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private string _text = string.Empty;
    private Tokenizer _tokenizer = null!;
    private SentenceSplitter _splitter = null!;
    private NewsAnalyzer _analyzer = null!;
    private IAnalysisStage[] _withoutAmounts = [];
    private IAnalysisStage[] _withAmounts = [];
    private AmountStage _amountStage = null!;
    private AnalysisDocument _tokenized = null!;
    private readonly List<Token> _tokens = [];
    private readonly List<Sentence> _sentences = [];
    private readonly List<Token> _splitTokens = [];
    private SentenceSplitter _rulesOnly = null!;
    private StandardTokenizer _lucene = null!;
    private ICharTermAttribute _term = null!;
    private IOffsetAttribute _offset = null!;
    private readonly ReusableStringReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkText.LoadGermanCorpus();
        _tokenizer = new Tokenizer();
        _splitter = new SentenceSplitter(_tokenizer);
        _rulesOnly = new SentenceSplitter(_tokenizer, _ => null);
        _analyzer = NewsAnalyzer.Create();
        _withoutAmounts = [new TokenizerStage(_tokenizer), new SentenceStage(_splitter)];
        _amountStage = new AmountStage();
        _withAmounts = [.. _withoutAmounts, _amountStage];
        _tokenized = new AnalysisDocument("corpus-de", _text, forcedLanguage: Language.German);
        foreach (var stage in _withoutAmounts)
        {
            stage.Process(_tokenized, CancellationToken.None);
        }
        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, _reader);
        _term = _lucene.AddAttribute<ICharTermAttribute>();
        _offset = _lucene.AddAttribute<IOffsetAttribute>();
        _lucene.Dispose(); // closes the constructor's input; every run starts with SetReader
        _reader.SetValue(string.Empty);

        // One warm call each (lists grow to their final capacity), then the counts tokens/s is computed from.
        var lucene = LuceneStandardTokenizer();
        var ours = OurTokenizer();
        var sentences = OurTokenizerAndSentenceSplitter();
        var analysis = _analyzer.Analyze(_text, "corpus-de");
        _tokenizer.Tokenize(_text, Language.German, _splitTokens);
        Console.WriteLine(
            $"// BenchmarkText: corpus/de/*.txt, {_text.Length:N0} chars; tokens: Lucene StandardTokenizer {lucene:N0}, " +
            $"NewsAnalysis Tokenizer {ours:N0}; sentences: {sentences - ours:N0}; Analyze: language {analysis.Language}, " +
            $"{analysis.Tokens.Length:N0} tokens, {analysis.Sentences.Length:N0} sentences");
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    /// <summary>Lucene.Net StandardTokenizer (UAX#29 word breaks): reads every token's term and offsets.</summary>
    [Benchmark(Baseline = true, Description = "Lucene StandardTokenizer")]
    public int LuceneStandardTokenizer()
    {
        _reader.SetValue(_text);
        _lucene.SetReader(_reader);
        _lucene.Reset();
        var count = 0;
        var checksum = 0;
        while (_lucene.IncrementToken())
        {
            count++;
            checksum += _term.Length + _offset.StartOffset + _offset.EndOffset;
        }

        _lucene.End();
        _lucene.Dispose();
        return checksum == int.MinValue ? -1 : count;
    }

    /// <summary>Our tokenizer into a reused list (no allocation expected).</summary>
    [Benchmark(Description = "NewsAnalysis Tokenizer")]
    public int OurTokenizer()
    {
        _tokens.Clear();
        _tokenizer.Tokenize(_text, Language.German, _tokens);
        return _tokens.Count;
    }

    /// <summary>Our tokenizer plus the sentence splitter, both into reused lists. Returns tokens + sentences.</summary>
    [Benchmark(Description = "NewsAnalysis Tokenizer + SentenceSplitter")]
    public int OurTokenizerAndSentenceSplitter()
    {
        _tokens.Clear();
        _sentences.Clear();
        _tokenizer.Tokenize(_text, Language.German, _tokens);
        _splitter.Split(_text, _tokens, Language.German, _sentences);
        return _tokens.Count + _sentences.Count;
    }

    /// <summary>The sentence splitter alone (rules reviewed by the boundary model) over tokens made once.</summary>
    [Benchmark(Description = "SentenceSplitter alone")]
    public int SentenceSplitterAlone()
    {
        _sentences.Clear();
        _splitter.Split(_text, _splitTokens, Language.German, _sentences);
        return _sentences.Count;
    }

    /// <summary>The rules without the boundary model: what the model costs is the difference to the row above.</summary>
    [Benchmark(Description = "SentenceSplitter alone, rules only")]
    public int SentenceSplitterRulesOnly()
    {
        _sentences.Clear();
        _rulesOnly.Split(_text, _splitTokens, Language.German, _sentences);
        return _sentences.Count;
    }

    /// <summary>Tokenizer and sentence stages over a fresh document: the reference for the amount stage's cost.</summary>
    [Benchmark(Description = "Stages: tokens + sentences")]
    public int StagesWithoutAmounts() => RunStages(_withoutAmounts);

    /// <summary>The same plus the amount stage; the difference to the row above is what amounts cost.</summary>
    [Benchmark(Description = "Stages: tokens + sentences + amounts")]
    public int StagesWithAmounts() => RunStages(_withAmounts);

    /// <summary>
    /// The amount stage alone over the tokens and sentences made once in setup: what the amount stage adds to the
    /// tokenizer (compare with <see cref="OurTokenizer"/>; the bar is at most 20 %).
    /// </summary>
    [Benchmark(Description = "Amount stage alone")]
    public int AmountStageAlone()
    {
        _tokenized.Amounts.Clear();
        _amountStage.Process(_tokenized, CancellationToken.None);
        return _tokenized.Amounts.Count;
    }

    private int RunStages(IAnalysisStage[] stages)
    {
        var document = new AnalysisDocument("corpus-de", _text, forcedLanguage: Language.German);
        foreach (var stage in stages)
        {
            stage.Process(document, CancellationToken.None);
        }

        return document.Tokens.Count + document.Amounts.Count;
    }

    /// <summary>The whole pipeline (language detection, tokens, sentences, immutable result) for reference.</summary>
    [Benchmark(Description = "NewsAnalyzer.Analyze (full pipeline)")]
    public int FullAnalyze() => _analyzer.Analyze(_text, "corpus-de").Tokens.Length;
}
