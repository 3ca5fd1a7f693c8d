using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;
using NewsAnalysis.Serialization;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// Quote figures against the corpus gold, per language: direct quotes matched on their exact inner span
/// (precision/recall/F1), speaker accuracy on the matched direct quotes (last name of the predicted speaker
/// equals the gold speaker's, case-insensitive), the share of gold scare quotes that got a speaker, and the
/// share of span-matched quotes whose kind is right.
/// </summary>
internal static class QuoteEvaluation
{
    public sealed record Scores
    {
        public SpanScore Direct { get; init; }

        public int SpeakerGold { get; init; }

        public int SpeakerCorrect { get; init; }

        public int SpeakerExact { get; init; }

        public int ScareGold { get; init; }

        public int ScareWithSpeaker { get; init; }

        public int KindMatched { get; init; }

        public int KindCorrect { get; init; }

        public int GoldQuotes { get; init; }

        public double SpeakerAccuracy => SpeakerGold == 0 ? 1 : (double)SpeakerCorrect / SpeakerGold;

        public double ScareSpeakerRate => ScareGold == 0 ? 0 : (double)ScareWithSpeaker / ScareGold;

        public static Scores operator +(Scores a, Scores b) => new()
        {
            Direct = a.Direct + b.Direct,
            SpeakerGold = a.SpeakerGold + b.SpeakerGold,
            SpeakerCorrect = a.SpeakerCorrect + b.SpeakerCorrect,
            SpeakerExact = a.SpeakerExact + b.SpeakerExact,
            ScareGold = a.ScareGold + b.ScareGold,
            ScareWithSpeaker = a.ScareWithSpeaker + b.ScareWithSpeaker,
            KindMatched = a.KindMatched + b.KindMatched,
            KindCorrect = a.KindCorrect + b.KindCorrect,
            GoldQuotes = a.GoldQuotes + b.GoldQuotes,
        };

        public override string ToString() =>
            $"direct {Direct}\n      speaker accuracy {SpeakerAccuracy:0.0000} ({SpeakerCorrect}/{SpeakerGold}; full name exact {SpeakerExact})  " +
            $"scare quotes with a speaker {ScareSpeakerRate:0.0000} ({ScareWithSpeaker}/{ScareGold})  " +
            $"kind right {KindCorrect}/{KindMatched} of span-matched (gold quotes {GoldQuotes})";
    }

    public sealed record Result(IReadOnlyDictionary<string, Scores> ByLanguage, IReadOnlyList<string> Errors);

    public static Result Evaluate(NewsAnalyzer analyzer, IReadOnlyList<GoldArticle> articles)
    {
        var byLanguage = new SortedDictionary<string, Scores>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var article in articles)
        {
            LanguageCodes.TryParse(article.Language, out var language);
            var analysis = analyzer.Analyze(article.Text, article.Id, language);
            var scores = Score(article, analysis.Quotes, errors);
            byLanguage[article.Language] = byLanguage.TryGetValue(article.Language, out var s) ? s + scores : scores;
            byLanguage["all"] = byLanguage.TryGetValue("all", out var all) ? all + scores : scores;
        }

        return new Result(byLanguage, errors);
    }

    public static Scores Score(GoldArticle article, IReadOnlyList<Quote> predicted, List<string> errors)
    {
        var bySpan = predicted.GroupBy(q => (q.Start, q.End)).ToDictionary(g => g.Key, g => g.First());
        var goldDirect = article.Quotes.Where(q => q.Kind == "direct").Select(q => (q.Start, q.End)).ToList();
        var predictedDirect = predicted.Where(q => q.Kind == QuoteKind.Direct).Select(q => (q.Start, q.End)).ToList();
        var direct = SpanScore.Compare(goldDirect, predictedDirect);
        int speakerGold = 0, speakerCorrect = 0, speakerExact = 0, scareGold = 0, scareWithSpeaker = 0, kindMatched = 0, kindCorrect = 0;
        foreach (var gold in article.Quotes)
        {
            bySpan.TryGetValue((gold.Start, gold.End), out var p);
            if (p is null)
            {
                errors.Add($"{article.Id}: missed   {gold.Kind} «{Short(gold.Text)}»");
                continue;
            }

            kindMatched++;
            var kind = AnalysisJson.KindName(p.Kind);
            if (kind == gold.Kind)
            {
                kindCorrect++;
            }
            else
            {
                errors.Add($"{article.Id}: kind     {kind} for gold {gold.Kind} «{Short(gold.Text)}»");
            }

            if (gold.Kind == "scare")
            {
                scareGold++;
                if (p.Speaker is not null)
                {
                    scareWithSpeaker++;
                    errors.Add($"{article.Id}: scare quote given speaker {p.Speaker} «{Short(gold.Text)}»");
                }
            }

            if (gold.Kind == "direct" && p.Kind == QuoteKind.Direct && gold.Speaker is not null)
            {
                speakerGold++;
                if (SameLastName(gold.Speaker, p.Speaker))
                {
                    speakerCorrect++;
                    speakerExact += gold.Speaker == p.Speaker ? 1 : 0;
                }
                else
                {
                    errors.Add($"{article.Id}: speaker  {p.Speaker ?? "(none)"} for gold {gold.Speaker} «{Short(gold.Text)}»");
                }
            }
        }

        var goldSpans = article.Quotes.Select(q => (q.Start, q.End)).ToHashSet();
        foreach (var p in predicted.Where(p => !goldSpans.Contains((p.Start, p.End))))
        {
            errors.Add($"{article.Id}: spurious {AnalysisJson.KindName(p.Kind)} «{Short(p.Text)}»");
        }

        return new Scores
        {
            Direct = direct,
            SpeakerGold = speakerGold,
            SpeakerCorrect = speakerCorrect,
            SpeakerExact = speakerExact,
            ScareGold = scareGold,
            ScareWithSpeaker = scareWithSpeaker,
            KindMatched = kindMatched,
            KindCorrect = kindCorrect,
            GoldQuotes = article.Quotes.Count,
        };
    }

    /// <summary>Whether two names end in the same word ("Arthur Mensch" and "Mensch"), ignoring case.</summary>
    public static bool SameLastName(string gold, string? predicted) =>
        predicted is not null && string.Equals(LastWord(gold), LastWord(predicted), StringComparison.OrdinalIgnoreCase);

    private static string LastWord(string name)
    {
        var trimmed = name.Trim().TrimEnd('.', ',');
        var space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }

    private static string Short(string s) => (s.Length > 60 ? s[..57] + "…" : s).Replace('\n', ' ');
}
