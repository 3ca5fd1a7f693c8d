using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Training.Languages;

/// <summary>One training sentence (or line) and where it came from.</summary>
/// <param name="Source">The corpus name, for the report.</param>
/// <param name="Language">German, English, or Other (the team's own text in other languages).</param>
/// <param name="Text">The text, rebuilt from tokens where the corpus is tokenised.</param>
internal sealed record TrainingText(string Source, Language Language, string Text);

/// <summary>
/// The training text of the language model, read from ../shared/data (the NER corpora, whose tokens are plain
/// running text) and from the team's own text in other languages (Data/Languages/other in this project).
/// </summary>
/// <remarks>
/// Never read: ud/ (the Universal Dependencies files are the evaluation) and ner/en/uner-ewt (it is the EWT dev
/// set under another name). Left out on purpose: ner/de/europeana (19th-century spelling and OCR errors), the
/// WikiANN dev/test splits and the GermEval dev split (held apart for the NER work), and the BBC part of re3d
/// (non-commercial licence; it is kept outside re3d/ anyway). Sources are read in a fixed order, so that training
/// is deterministic.
/// </remarks>
internal static class LanguageCorpora
{
    /// <summary>All sources, in a fixed order. A missing file is an error: a silently smaller model is worse.</summary>
    public static IEnumerable<TrainingText> Read(string dataDirectory, string otherDirectory)
    {
        var ner = Path.Combine(dataDirectory, "ner");
        var de = Language.German;
        var en = Language.English;

        // German: news and Wikipedia (GermEval), Wikipedia titles (WikiANN), industry news and tweets (SmartData),
        // traffic tweets (MobIE), parliament (Europarl).
        foreach (var t in Columns("germeval2014", de, Path.Combine(ner, "de/germeval2014/NER-de-train.tsv"), column: 1))
        {
            yield return t;
        }

        foreach (var t in Columns("wikiann-de", de, Path.Combine(ner, "de/wikiann/train"), column: 0, prefix: "de:"))
        {
            yield return t;
        }

        foreach (var t in SmartData("smartdata", Path.Combine(ner, "de/extra/smartdata/v1_20180119/train.json.gz")))
        {
            yield return t;
        }

        foreach (var t in Columns("mobie", de, Path.Combine(ner, "de/extra/mobie/ner_conll03_formatted/train.conll2003"), column: 0))
        {
            yield return t;
        }

        foreach (var t in Columns("europarl-de", de, Path.Combine(ner, "de/extra/europarl-ixa-4lang/de-europarl.test.conll02"), column: 0))
        {
            yield return t;
        }

        // English: Wikipedia (wikigold, WikiANN), tweets (BTC), tweets and forum posts (WNUT-17), government
        // and defence reports (re3d), loan agreements (SEC filings), parliament (Europarl).
        foreach (var t in Columns("wikigold", en, Path.Combine(ner, "en/wikigold/wikigold.conll.txt"), column: 0))
        {
            yield return t;
        }

        foreach (var t in Columns("wikiann-en", en, Path.Combine(ner, "en/wikiann/train"), column: 0, prefix: "en:"))
        {
            yield return t;
        }

        foreach (var section in new[] { "a", "b", "e", "f", "g", "h" })
        {
            foreach (var t in Columns("btc", en, Path.Combine(ner, $"en/btc/{section}.conll"), column: 0))
            {
                yield return t;
            }
        }

        foreach (var file in new[] { "wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated" })
        {
            foreach (var t in Columns("wnut17", en, Path.Combine(ner, "en/wnut17", file), column: 0))
            {
                yield return t;
            }
        }

        foreach (var source in new[] { "Australian Department of Foreign Affairs", "CENTCOM", "Delegation of the European Union to Syria", "UK Government", "US State Department", "Wikipedia" })
        {
            foreach (var t in Re3d("re3d", Path.Combine(ner, "en/re3d", source, "documents.json")))
            {
                yield return t;
            }
        }

        foreach (var file in new[] { "train/FIN5.txt", "test/FIN3.txt" })
        {
            foreach (var t in Columns("sec-filings", en, Path.Combine(ner, "en/sec-filings", file), column: 0))
            {
                yield return t;
            }
        }

        foreach (var t in Columns("europarl-en", en, Path.Combine(ner, "de/extra/europarl-ixa-4lang/en-europarl.test.conll02"), column: 0))
        {
            yield return t;
        }

        // Other languages: text the team wrote (one sentence a line), one file per language, in name order.
        foreach (var file in Directory.GetFiles(otherDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = "other-" + Path.GetFileNameWithoutExtension(file);
            foreach (var line in File.ReadLines(file, Encoding.UTF8))
            {
                var text = line.Trim();
                if (text.Length > 0 && text[0] != '#')
                {
                    yield return new TrainingText(name, Language.Other, text);
                }
            }
        }
    }

    /// <summary>
    /// Sentence-per-block corpora of one language, tokens joined back into text (the sentence-boundary model's
    /// extra training text): German GermEval 2014 train; English wikigold, WNUT-17 train and BTC.
    /// </summary>
    public static IEnumerable<TrainingText> Sentences(string dataDirectory, Language language)
    {
        var ner = Path.Combine(dataDirectory, "ner");
        if (language == Language.German)
        {
            return Columns("germeval2014", language, Path.Combine(ner, "de/germeval2014/NER-de-train.tsv"), column: 1);
        }

        return Columns("wikigold", language, Path.Combine(ner, "en/wikigold/wikigold.conll.txt"), column: 0)
            .Concat(Columns("wnut17", language, Path.Combine(ner, "en/wnut17/wnut17train.conll"), column: 0))
            .Concat(new[] { "a", "b", "e", "f", "g", "h" }.SelectMany(section => Columns("btc", language, Path.Combine(ner, $"en/btc/{section}.conll"), column: 0)));
    }

    /// <summary>
    /// CoNLL-style files: one token a line in a tab- or space-separated column, a blank line between sentences,
    /// "-DOCSTART-" and '#' lines skipped.
    /// </summary>
    private static IEnumerable<TrainingText> Columns(string source, Language language, string path, int column, string? prefix = null)
    {
        var tokens = new List<string>();
        foreach (var line in File.ReadLines(Require(path), Encoding.UTF8))
        {
            if (line.Length == 0 || line.All(char.IsWhiteSpace))
            {
                if (tokens.Count > 0)
                {
                    yield return new TrainingText(source, language, Detokenize(tokens));
                    tokens.Clear();
                }

                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || (line[0] == '#' && line.Contains('\t') && column > 0))
            {
                continue;
            }

            var fields = line.Split(line.Contains('\t') ? '\t' : ' ');
            if (fields.Length <= column)
            {
                continue;
            }

            var token = fields[column];
            if (prefix is not null && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                token = token[prefix.Length..];
            }

            if (token.Length > 0)
            {
                tokens.Add(token);
            }
        }

        if (tokens.Count > 0)
        {
            yield return new TrainingText(source, language, Detokenize(tokens));
        }
    }

    /// <summary>
    /// Joins tokens with spaces, except before closing punctuation and after opening brackets. Only letters are
    /// features, so this matters little; it keeps sentence lengths close to the raw text's.
    /// </summary>
    private static string Detokenize(List<string> tokens)
    {
        var builder = new StringBuilder();
        var glueNext = true;
        foreach (var token in tokens)
        {
            var glue = glueNext || token is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "'s" or "n't" or "'re" or "'ll" or "'ve" or "'m" or "'d";
            if (!glue)
            {
                builder.Append(' ');
            }

            builder.Append(token);
            glueNext = token is "(" or "[";
        }

        return builder.ToString();
    }

    /// <summary>SmartData v1: concatenated JSON documents; the text is split into its lines (headlines, paragraphs, tweets).</summary>
    private static IEnumerable<TrainingText> SmartData(string source, string path)
    {
        byte[] bytes;
        using (var gzip = new GZipStream(File.OpenRead(Require(path)), CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        var texts = new List<string>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            // The corpus is German, but check: a stray English document must not teach the German model.
            if (root.TryGetProperty("langCode", out var lang) && Inner(lang) is { } code && code != "de")
            {
                continue;
            }

            if (root.TryGetProperty("text", out var text) && Inner(text) is { } s)
            {
                texts.Add(s);
            }
        }

        foreach (var text in texts)
        {
            foreach (var line in Lines(text))
            {
                yield return new TrainingText(source, Language.German, line);
            }
        }

        static string? Inner(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Object when e.TryGetProperty("string", out var s) && s.ValueKind == JsonValueKind.String => s.GetString(),
            _ => null,
        };
    }

    /// <summary>re3d: one JSON document a line; its text is split into lines.</summary>
    private static IEnumerable<TrainingText> Re3d(string source, string path)
    {
        foreach (var json in File.ReadLines(Require(path), Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(json))
            {
                continue;
            }

            using var document = JsonDocument.Parse(json);
            if (document.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } s)
            {
                foreach (var line in Lines(s))
                {
                    yield return new TrainingText(source, Language.English, line);
                }
            }
        }
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string Require(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"Training data is missing: {path}", path);
}
