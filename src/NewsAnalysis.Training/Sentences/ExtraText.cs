using NewsAnalysis.Languages;
using NewsAnalysis.Training.Languages;

namespace NewsAnalysis.Training.Sentences;

/// <summary>
/// Extra training text for the boundary model: sentences of the NER corpora (one sentence a block), shuffled
/// with a fixed seed and joined by one space into documents of <see cref="TreebankText.ChunkSentences"/>, as the
/// treebank text is. A share of the sentences loses its final punctuation, so the model sees many sentences
/// that end without it (the treebanks' reviews and e-mails have few hundred). Sentences with quotation marks
/// are left out: the corpora's tokens are joined with spaces, which would put blanks inside the quotes.
/// </summary>
internal static class ExtraText
{
    public static List<TreebankText> Build(string data, Language language, int count, double drop)
    {
        if (count <= 0)
        {
            return [];
        }

        var random = new Random(1);
        var sentences = LanguageCorpora.Sentences(data, language)
            .Select(t => t.Text.Trim())
            .Where(t => t.Length > 0 && t.IndexOfAny(['"', '\'', '„', '“', '”', '‚', '‘', '’', '»', '«', '`']) < 0)
            .ToList();
        for (var k = sentences.Count - 1; k > 0; k--)
        {
            var j = random.Next(k + 1);
            (sentences[k], sentences[j]) = (sentences[j], sentences[k]);
        }

        var texts = new List<TreebankText>();
        var chunk = new List<string>();
        foreach (var sentence in sentences.Take(count))
        {
            var s = sentence;
            if (random.NextDouble() < drop)
            {
                s = s.TrimEnd('.', '!', '?', ' ');
            }

            if (s.Length == 0)
            {
                continue;
            }

            chunk.Add(s);
            if (chunk.Count == TreebankText.ChunkSentences)
            {
                texts.Add(TreebankText.FromSentences($"extra-{language.ToCode()}#{texts.Count + 1}", chunk));
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            texts.Add(TreebankText.FromSentences($"extra-{language.ToCode()}#{texts.Count + 1}", chunk));
        }

        return texts;
    }
}
