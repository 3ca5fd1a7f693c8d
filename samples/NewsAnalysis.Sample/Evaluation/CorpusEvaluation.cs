using NewsAnalysis.Amounts;
using NewsAnalysis.Languages;
using NewsAnalysis.Serialization;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// Compares the pipeline with the gold annotations of the bundled corpus, per kind of record and per language.
/// Amounts match on (kind, value, currency), as the product promises normalised values rather than exact spans.
/// Every kind scored here is named in <see cref="Result.Kinds"/>, which is what <c>eval corpus --min</c> gates
/// on: a new kind (entities, quotes) plugs in by adding its <see cref="KindScorer"/> to the result.
/// </summary>
internal static class CorpusEvaluation
{
    /// <summary>The kinds <c>eval corpus --min</c> accepts; those not (yet) in a result are reported as unscored.</summary>
    public static readonly IReadOnlyList<string> GateKinds = ["entities", "amounts", "quotes"];

    /// <summary>The scores of one kind: per language plus "all", and the mismatches for --show-errors.</summary>
    public sealed record KindResult(IReadOnlyDictionary<string, SpanScore> ByLanguage, IReadOnlyList<string> Errors);

    /// <summary>The scores of every kind that was evaluated, by kind name ("amounts", …).</summary>
    public sealed record Result(IReadOnlyDictionary<string, KindResult> Kinds)
    {
        public IReadOnlyDictionary<string, SpanScore> Amounts => Kinds["amounts"].ByLanguage;

        public IReadOnlyList<string> AmountErrors => Kinds["amounts"].Errors;

        /// <summary>Entity mentions per language and "all": exact start, end and type.</summary>
        public IReadOnlyDictionary<string, SpanScore> Entities => Kinds["entities"].ByLanguage;

        /// <summary>Missed and spurious entity mentions.</summary>
        public IReadOnlyList<string> EntityErrors => Kinds["entities"].Errors;

        /// <summary>The overall ("all") F1 of every kind scored here, for the <c>--min</c> gate.</summary>
        public IReadOnlyDictionary<string, double> OverallF1() =>
            Kinds.ToDictionary(k => k.Key, k => k.Value.ByLanguage.GetValueOrDefault("all").F1, StringComparer.Ordinal);
    }

    public static Result Evaluate(NewsAnalyzer analyzer, IReadOnlyList<GoldArticle> articles)
    {
        var amounts = new KindScorer();
        var entities = new KindScorer();
        foreach (var article in articles)
        {
            LanguageCodes.TryParse(article.Language, out var language);
            var analysis = analyzer.Analyze(article.Text, article.Id, language);
            var goldEntities = article.Entities.Select(e => (e.Start, e.End, e.Type)).ToList();
            var ourEntities = analysis.Entities.Select(e => (e.Start, e.End, Type: AnalysisJson.TypeName(e.Type))).ToList();
            entities.Add(article.Language, SpanScore.Compare(goldEntities, ourEntities));
            entities.Errors.AddRange(article.Entities.Where(e => !ourEntities.Contains((e.Start, e.End, e.Type))).Select(e => $"{article.Id}: missed   {e.Type} «{e.Text}» [{e.Start},{e.End})"));
            entities.Errors.AddRange(analysis.Entities.Where(e => !goldEntities.Contains((e.Start, e.End, AnalysisJson.TypeName(e.Type)))).Select(e => $"{article.Id}: spurious {AnalysisJson.TypeName(e.Type)} «{e.Text}» [{e.Start},{e.End})"));
            var gold = article.Amounts.Select(a => Key(a.Kind, a.Value, a.Currency)).ToList();
            var predicted = analysis.Amounts.Select(a => Key(AnalysisJson.KindName(a.Kind), a.Value, a.Currency)).ToList();
            amounts.Add(article.Language, SpanScore.Compare(gold, predicted));
            foreach (var missed in article.Amounts.Where(a => !predicted.Contains(Key(a.Kind, a.Value, a.Currency))))
            {
                amounts.Errors.Add($"{article.Id}: missed   {missed.Kind} {missed.Value} {missed.Currency} «{missed.Text}»");
            }

            foreach (var spurious in analysis.Amounts.Where(a => !gold.Contains(Key(AnalysisJson.KindName(a.Kind), a.Value, a.Currency))))
            {
                amounts.Errors.Add($"{article.Id}: spurious {AnalysisJson.KindName(spurious.Kind)} {spurious.Value} {spurious.Currency} «{spurious.Text}»");
            }
        }

        return new Result(new Dictionary<string, KindResult>(StringComparer.Ordinal)
        {
            ["entities"] = entities.ToResult(),
            ["amounts"] = amounts.ToResult(),
        });
    }

    private static string Key(string kind, decimal value, string? currency) =>
        FormattableString.Invariant($"{kind}|{value / 1.000000000000000000000000000000000m}|{currency}");

    /// <summary>Sums the scores of one kind per language and overall ("all").</summary>
    public sealed class KindScorer
    {
        private readonly SortedDictionary<string, SpanScore> _byLanguage = new(StringComparer.Ordinal);

        public List<string> Errors { get; } = [];

        public void Add(string language, SpanScore score)
        {
            _byLanguage[language] = _byLanguage.GetValueOrDefault(language) + score;
            _byLanguage["all"] = _byLanguage.GetValueOrDefault("all") + score;
        }

        public KindResult ToResult() => new(new SortedDictionary<string, SpanScore>(_byLanguage, StringComparer.Ordinal), [.. Errors]);
    }
}
