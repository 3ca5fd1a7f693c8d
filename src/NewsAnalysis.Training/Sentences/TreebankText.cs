namespace NewsAnalysis.Training.Sentences;

/// <summary>
/// Raw text with gold sentence spans rebuilt from a CoNLL-U file the way <c>eval tokens</c> does: one document per
/// <c># newdoc</c>, its sentences' <c># text</c> joined by one space. A file without <c># newdoc</c> (UD German GSD)
/// is cut into documents of <see cref="ChunkSentences"/> sentences, so that cross-validation folds have many
/// units to draw from.
/// </summary>
internal sealed record TreebankText(string Id, string Text, IReadOnlyList<(int Start, int End)> Sentences)
{
    public const int ChunkSentences = 40;

    /// <summary>Joins <paramref name="sentences"/> by one space.</summary>
    public static TreebankText FromSentences(string id, IReadOnlyList<string> sentences)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int, int)>();
        foreach (var s in sentences)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            spans.Add((text.Length, text.Length + s.Length));
            text.Append(s);
        }

        return new TreebankText(id, text.ToString(), spans);
    }

    public static List<TreebankText> Read(string path)
    {
        var documents = new List<TreebankText>();
        var hasNewdoc = File.ReadLines(path).Any(l => l.StartsWith("# newdoc", StringComparison.Ordinal));
        var sentences = new List<string>();
        void Flush()
        {
            if (sentences.Count == 0)
            {
                return;
            }

            documents.Add(FromSentences($"{Path.GetFileNameWithoutExtension(path)}#{documents.Count + 1}", sentences));
            sentences.Clear();
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                Flush();
            }
            else if (line.StartsWith("# text =", StringComparison.Ordinal))
            {
                var sentence = line["# text =".Length..].Trim();
                if (sentence.Length > 0)
                {
                    sentences.Add(sentence);
                }

                if (!hasNewdoc && sentences.Count >= ChunkSentences)
                {
                    Flush();
                }
            }
        }

        Flush();
        return documents;
    }
}
