using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// The quote stage on SpkAtt-2023 (a foreign check: parliamentary speeches, mostly reported speech). Gold items
/// are the annotations with a source whose message is a quotation: it starts with an opening mark (the
/// "direct" figures), or it merely contains marks (the "any" figures, which include quoted terms inside
/// reported speech). A gold item is found when a predicted direct or partial quote overlaps its message; its
/// speaker is right when the predicted speaker's last name is one of the source's words.
/// </summary>
internal static class SpkAttEvaluation
{
    public sealed record Counts(int Gold, int Found, int SpeakerRight);

    public sealed record Result(int Speeches, int Annotations, Counts Direct, Counts Any, int Predicted, int PredictedInMessage, IReadOnlyList<string> Examples);

    public static Result Evaluate(NewsAnalyzer analyzer, IEnumerable<SpkAttSpeech> speeches, int maxExamples)
    {
        int count = 0, annotations = 0, gold = 0, found = 0, right = 0, predicted = 0, predictedInMessage = 0;
        int directGold = 0, directFound = 0, directRight = 0;
        var examples = new List<string>();
        foreach (var speech in speeches)
        {
            count++;
            var quotes = analyzer.Analyze(speech.Text, speech.Id, Language.German).Quotes.Where(q => q.Kind != QuoteKind.Scare).ToList();
            predicted += quotes.Count;
            var messages = new List<(int Start, int End)>();
            foreach (var a in speech.Annotations)
            {
                annotations++;
                if (a.Message.Count == 0)
                {
                    continue;
                }

                var spans = a.Message.Where(speech.Spans.ContainsKey).Select(r => speech.Spans[r]).ToList();
                var message = (Start: spans.Min(s => s.Start), End: spans.Max(s => s.End));
                messages.Add(message);
                var words = speech.Words(a.Message);
                if (a.Source.Count == 0 || !(words.Contains('„') || words.Contains('"') || words.Contains('»') || words.Contains('“')))
                {
                    continue;
                }

                var isDirect = words.Length > 0 && words[0] is '„' or '"' or '»' or '“';
                gold++;
                directGold += isDirect ? 1 : 0;
                var source = speech.Words(a.Source);
                var match = quotes.FirstOrDefault(q => q.Start < message.End && q.End > message.Start);
                if (match is null)
                {
                    Add(examples, maxExamples, $"{speech.Id}: missed, source «{source}», message «{Short(words)}»");
                    continue;
                }

                found++;
                directFound += isDirect ? 1 : 0;
                var speaker = match.Speaker;
                var last = speaker?.Split(' ')[^1];
                if (last is not null && source.Split(' ').Any(w => string.Equals(w, last, StringComparison.OrdinalIgnoreCase)))
                {
                    right++;
                    directRight += isDirect ? 1 : 0;
                }
                else
                {
                    Add(examples, maxExamples, $"{speech.Id}: speaker {speaker ?? "(none)"} for source «{source}», message «{Short(words)}»");
                }
            }

            predictedInMessage += quotes.Count(q => messages.Any(m => q.Start < m.End && q.End > m.Start));
        }

        return new Result(count, annotations, new Counts(directGold, directFound, directRight), new Counts(gold, found, right), predicted, predictedInMessage, examples);
    }

    private static void Add(List<string> list, int max, string line)
    {
        if (list.Count < max)
        {
            list.Add(line);
        }
    }

    private static string Short(string s) => s.Length > 80 ? s[..77] + "…" : s;
}
