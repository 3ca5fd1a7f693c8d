using NewsAnalysis.Languages;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>Token and sentence scores of the pipeline on a CoNLL-U corpus (exact spans).</summary>
internal static class TokenEvaluation
{
    /// <summary>Analyses every document and scores its tokens and sentences; mismatches go to <paramref name="onDocument"/>.</summary>
    public static (SpanScore Tokens, SpanScore Sentences) Evaluate(
        NewsAnalyzer analyzer,
        ConlluCorpus corpus,
        Language? language,
        Action<ConlluDocument, List<(int Start, int End)>, List<(int Start, int End)>>? onDocument = null)
    {
        var tokens = default(SpanScore);
        var sentences = default(SpanScore);
        foreach (var doc in corpus.Documents)
        {
            var analysis = analyzer.Analyze(doc.Text, doc.Id, language);
            var predictedTokens = analysis.Tokens.Select(t => (t.Start, t.End)).ToList();
            var predictedSentences = analysis.Sentences.Select(s => (s.Start, s.End)).ToList();
            tokens += SpanScore.Compare(doc.Tokens.ToList(), predictedTokens);
            sentences += SpanScore.Compare(doc.Sentences.ToList(), predictedSentences);
            onDocument?.Invoke(doc, predictedTokens, predictedSentences);
        }

        return (tokens, sentences);
    }
}
