using NewsAnalysis.Amounts;
using NewsAnalysis.Languages;
using NewsAnalysis.Serialization;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// Compares the pipeline with the gold annotations of the bundled corpus, per language. Amounts match on
/// (kind, value, currency), as the product promises normalised values rather than exact spans.
/// </summary>
internal static class CorpusEvaluation
{
    public sealed record Result(IReadOnlyDictionary<string, SpanScore> Amounts, IReadOnlyList<string> AmountErrors)
    {
        /// <summary>Entity mentions per language and "all": exact start, end and type.</summary>
        public IReadOnlyDictionary<string, SpanScore> Entities { get; init; } = new Dictionary<string, SpanScore>();

        /// <summary>Missed and spurious entity mentions.</summary>
        public IReadOnlyList<string> EntityErrors { get; init; } = [];
    }

    public static Result Evaluate(NewsAnalyzer analyzer, IReadOnlyList<GoldArticle> articles)
    {
        var amounts = new SortedDictionary<string, SpanScore>(StringComparer.Ordinal);
        var errors = new List<string>();
        var entities = new SortedDictionary<string, SpanScore>(StringComparer.Ordinal);
        var entityErrors = new List<string>();
        foreach (var article in articles)
        {
            LanguageCodes.TryParse(article.Language, out var language);
            var analysis = analyzer.Analyze(article.Text, article.Id, language);
            var goldEntities = article.Entities.Select(e => (e.Start, e.End, e.Type)).ToList();
            var ourEntities = analysis.Entities.Select(e => (e.Start, e.End, Type: AnalysisJson.TypeName(e.Type))).ToList();
            var entityScore = SpanScore.Compare(goldEntities, ourEntities);
            entities[article.Language] = entities.GetValueOrDefault(article.Language) + entityScore;
            entities["all"] = entities.GetValueOrDefault("all") + entityScore;
            entityErrors.AddRange(article.Entities.Where(e => !ourEntities.Contains((e.Start, e.End, e.Type))).Select(e => $"{article.Id}: missed   {e.Type} «{e.Text}» [{e.Start},{e.End})"));
            entityErrors.AddRange(analysis.Entities.Where(e => !goldEntities.Contains((e.Start, e.End, AnalysisJson.TypeName(e.Type)))).Select(e => $"{article.Id}: spurious {AnalysisJson.TypeName(e.Type)} «{e.Text}» [{e.Start},{e.End})"));
            var gold = article.Amounts.Select(a => Key(a.Kind, a.Value, a.Currency)).ToList();
            var predicted = analysis.Amounts.Select(a => Key(AnalysisJson.KindName(a.Kind), a.Value, a.Currency)).ToList();
            var score = SpanScore.Compare(gold, predicted);
            amounts[article.Language] = amounts.GetValueOrDefault(article.Language) + score;
            amounts["all"] = amounts.GetValueOrDefault("all") + score;
            foreach (var missed in article.Amounts.Where(a => !predicted.Contains(Key(a.Kind, a.Value, a.Currency))))
            {
                errors.Add($"{article.Id}: missed   {missed.Kind} {missed.Value} {missed.Currency} «{missed.Text}»");
            }

            foreach (var spurious in analysis.Amounts.Where(a => !gold.Contains(Key(AnalysisJson.KindName(a.Kind), a.Value, a.Currency))))
            {
                errors.Add($"{article.Id}: spurious {AnalysisJson.KindName(spurious.Kind)} {spurious.Value} {spurious.Currency} «{spurious.Text}»");
            }
        }

        return new Result(amounts, errors) { Entities = entities, EntityErrors = entityErrors };
    }

    private static string Key(string kind, decimal value, string? currency) =>
        FormattableString.Invariant($"{kind}|{value / 1.000000000000000000000000000000000m}|{currency}");
}
