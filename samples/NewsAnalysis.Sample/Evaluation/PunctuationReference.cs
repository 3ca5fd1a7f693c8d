namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// What the raw text itself shows of the gold sentence ends: the score of a reference splitter that ends a sentence
/// exactly where a gold sentence ends in final punctuation, a paragraph break or the end of its document, and nowhere
/// else. <c>eval tokens</c> prints it beside the pipeline's score, because a treebank's raw text, rebuilt by joining
/// sentences with one space, hides every end without punctuation ("Neuer Komplex startet im Herbst Der Kindergarten
/// …"): how far the pipeline's figure lies above this reference is what the splitter recovers from words alone.
/// </summary>
internal static class PunctuationReference
{
    /// <summary>Marks that end a sentence visibly.</summary>
    private const string FinalMarks = ".!?…";

    /// <summary>Marks that may follow the final mark and still close the sentence ("Er kam.“", "(so.)").</summary>
    private const string Closers = "\"'“”„‘’»«›‹)]";

    /// <summary>Scores the reference splitter on every document; <c>Hidden</c> counts the gold ends it cannot see.</summary>
    public static (SpanScore Score, int Hidden) Evaluate(ConlluCorpus corpus)
    {
        var score = default(SpanScore);
        var hidden = 0;
        foreach (var doc in corpus.Documents)
        {
            var predicted = new List<(int Start, int End)>();
            var start = -1;
            for (var i = 0; i < doc.Sentences.Count; i++)
            {
                var (s, e) = doc.Sentences[i];
                if (start < 0)
                {
                    start = s;
                }

                if (i == doc.Sentences.Count - 1 || EndsVisibly(doc.Text, s, e, doc.Sentences[i + 1].Start))
                {
                    predicted.Add((start, e));
                    start = -1;
                }
                else
                {
                    hidden++;
                }
            }

            score += SpanScore.Compare(doc.Sentences.ToList(), predicted);
        }

        return (score, hidden);
    }

    /// <summary>True when the sentence ends in final punctuation or a line break separates it from the next one.</summary>
    internal static bool EndsVisibly(string text, int start, int end, int nextStart) =>
        EndsInPunctuation(text, start, end) || text.AsSpan(end, Math.Max(0, nextStart - end)).Contains('\n');

    /// <summary>True when the sentence's last character, past closing quotation marks and brackets (and spaces between them, as in GSD's "Tat . ''"), is a final mark.</summary>
    internal static bool EndsInPunctuation(string text, int start, int end)
    {
        var i = end - 1;
        while (i > start && (Closers.Contains(text[i]) || char.IsWhiteSpace(text[i])))
        {
            i--;
        }

        return i >= start && FinalMarks.Contains(text[i]);
    }
}
