namespace NewsAnalysis.Training.Entities;

/// <summary>
/// The sentences of the shared NER and treebank files with their labels removed: unlabelled text for the word
/// clusters. Never evaluation text (<see cref="EvaluationFiles"/>): GermEval dev/test, Universal NER
/// English-EWT dev (whose sentences are UD EWT dev) and the UD test splits are left out.
/// </summary>
internal static class UnlabelledText
{
    private static readonly string[] SkippedExtensions = [".md", ".pdf", ".zip", ".avsc", ".bib", ".gz", ".rst", ".json"];

    /// <summary>The files read for <paramref name="language"/> ("de" or "en"), in a fixed order.</summary>
    public static IReadOnlyList<string> Files(string data, string language)
    {
        var files = new List<string>();
        foreach (var folder in new[] { Path.Combine(data, "ner", "de"), Path.Combine(data, "ner", "en") })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetFileName(file);
                if (SkippedExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()) || name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("README", StringComparison.OrdinalIgnoreCase) || name.StartsWith("NOTE", StringComparison.OrdinalIgnoreCase) || EvaluationFiles.IsEvaluation(file))
                {
                    continue;
                }

                // ner/de/extra/europarl-ixa-4lang holds an English file beside the German one.
                var fileLanguage = name.StartsWith("en-", StringComparison.Ordinal) ? "en"
                    : name.StartsWith("de-", StringComparison.Ordinal) ? "de"
                    : Path.GetRelativePath(Path.Combine(data, "ner"), file)[..2];
                if (fileLanguage == language)
                {
                    files.Add(file);
                }
            }
        }

        files.AddRange(TreebankFiles(data, language));
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// The treebank files whose text the entity models' inputs may read: German GSD dev (the sentence splitter
    /// trains on it too); no English one, since EWT dev is the Universal NER dev text and EWT test, like GSD
    /// test, is the token and sentence evaluation.
    /// </summary>
    public static IReadOnlyList<string> TreebankFiles(string data, string language) => language == "de"
        ? [EvaluationFiles.RequireTrainingInput(Path.Combine(data, "ud", "de-gsd", "GSD_de_gsd-ud-dev.conllu"))]
        : [];

    /// <summary>The sentences (token lists) of one file in any of the shared formats.</summary>
    public static IEnumerable<List<string>> Sentences(string file)
    {
        var indexed = file.EndsWith(".tsv", StringComparison.Ordinal) || file.EndsWith(".iob2", StringComparison.Ordinal) || file.EndsWith(".conllu", StringComparison.Ordinal);
        var sentence = new List<string>();
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (sentence.Count > 0)
                {
                    yield return sentence;
                    sentence = [];
                }

                continue;
            }

            if (line[0] == '#' && (line.Length == 1 || line[1] is ' ' or '\t' || indexed) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            string token;
            if (indexed)
            {
                // idx token ...; CoNLL-U multi-word ranges ("3-4") and empty nodes ("3.1") are not surface tokens.
                if (fields.Length < 2 || !fields[0].All(char.IsAsciiDigit))
                {
                    continue;
                }

                token = fields[1];
            }
            else
            {
                token = fields[0];
            }

            if (token.Length > 3 && token[2] == ':' && (token.StartsWith("de:", StringComparison.Ordinal) || token.StartsWith("en:", StringComparison.Ordinal)))
            {
                token = token[3..];
            }

            sentence.Add(token);
        }

        if (sentence.Count > 0)
        {
            yield return sentence;
        }
    }
}
