using System.Globalization;

namespace NewsAnalysis.Entities;

/// <summary>
/// Reads NER corpora into <see cref="NerSentence"/>s with tags normalised to IOB2 over PER/ORG/LOC/MISC:
/// GermEval 2014 TSV (index, token, outer, inner; '#' lines; the outer column is used, OTH is MISC and
/// -deriv/-part spans are O), Universal NER IOB2 ('#' lines; index, token, tag, ...) and CoNLL
/// (token ... tag, the last column; IOB1 is converted to IOB2; -DOCSTART- lines are skipped).
/// The layout is recognised from the file: lines whose first column counts 1, 2, 3, ... are index-first.
/// Document markers ("# newdoc" lines, -DOCSTART- lines) set <see cref="NerSentence.StartsDocument"/> of the
/// sentence after them.
/// </summary>
public static class NerCorpus
{
    /// <summary>Reads a corpus file.</summary>
    /// <param name="path">The file.</param>
    public static IReadOnlyList<NerSentence> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads a corpus from a reader (see the class summary for the formats).</summary>
    /// <param name="reader">The text.</param>
    public static IReadOnlyList<NerSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        var indexFirst = IsIndexFirst(lines);
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var newDocument = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && line[0] == '#' && (indexFirst || !IsHashTokenLine(line)))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    Flush(words, tags, sentences, ref newDocument);
                    newDocument = true;
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                Flush(words, tags, sentences, ref newDocument);
                continue;
            }

            var columns = line.Split(indexFirst ? ['\t'] : ['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2 || columns[0] == "-DOCSTART-")
            {
                Flush(words, tags, sentences, ref newDocument);
                newDocument |= columns.Length > 0 && columns[0] == "-DOCSTART-";
                continue;
            }

            string word;
            string tag;
            if (indexFirst)
            {
                if (columns.Length < 3)
                {
                    continue;
                }

                word = columns[1];
                tag = columns[2];
            }
            else
            {
                word = columns[0];
                tag = columns[^1];
            }

            // WikiANN prefixes every token with its language ("de:Berlin").
            if (word.Length > 3 && word[2] == ':' && char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[1]) && (word.StartsWith("de:", StringComparison.Ordinal) || word.StartsWith("en:", StringComparison.Ordinal)))
            {
                word = word[3..];
            }

            words.Add(word);
            tags.Add(tag);
        }

        Flush(words, tags, sentences, ref newDocument);
        return sentences;
    }

    /// <summary>
    /// Maps a corpus tag to ours: "B-PER", "I-ORG", "O"; OTH, product, creative-work, event are MISC;
    /// corporation and group are ORG; -deriv/-part and unknown types (dates, money, ...) are O. The prefix is
    /// kept as written (B or I); <see cref="ToIob2"/> repairs the sequence afterwards.
    /// </summary>
    /// <param name="tag">The tag as in the corpus.</param>
    public static string MapTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length < 3 || (tag[1] != '-' && tag[1] != '_') || (tag[0] != 'B' && tag[0] != 'I' && tag[0] != 'E' && tag[0] != 'S' && tag[0] != 'L' && tag[0] != 'U'))
        {
            return "O";
        }

        var type = tag[2..];
        if (type.EndsWith("deriv", StringComparison.OrdinalIgnoreCase) || type.EndsWith("part", StringComparison.OrdinalIgnoreCase))
        {
            return "O";
        }

        var ours = type.ToUpperInvariant() switch
        {
            "PER" or "PERSON" or "PERS" => "PER",
            "ORG" or "ORGANIZATION" or "ORGANISATION" or "CORPORATION" or "GROUP" or "COMPANY" => "ORG",
            "LOC" or "LOCATION" or "GPE" or "GEO" or "FACILITY" or "FAC" => "LOC",
            "MISC" or "OTH" or "PRODUCT" or "CREATIVE-WORK" or "EVENT" or "WORK_OF_ART" => "MISC",
            // MobIE/SmartData subtypes ("location-city", "organization-company").
            var t when t.StartsWith("LOCATION-", StringComparison.Ordinal) => "LOC",
            var t when t.StartsWith("ORGANIZATION-", StringComparison.Ordinal) => "ORG",
            _ => null,
        };
        if (ours is null)
        {
            return "O";
        }

        // BILOU/BIOES prefixes: S/U begin a one-word name, E/L continue one.
        var prefix = tag[0] is 'B' or 'S' or 'U' ? "B-" : "I-";
        return prefix + ours;
    }

    /// <summary>
    /// Repairs a tag sequence into valid IOB2: an I-X that does not continue an X (IOB1, or after a -deriv
    /// span mapped to O) begins a new name.
    /// </summary>
    /// <param name="tags">Tags in our names, changed in place.</param>
    public static void ToIob2(IList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var previous = "O";
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("I-", StringComparison.Ordinal) && (previous == "O" || !previous.AsSpan(2).SequenceEqual(tag.AsSpan(2))))
            {
                tag = "B-" + tag[2..];
                tags[i] = tag;
            }

            previous = tag;
        }
    }

    // A document marker belongs to the next sentence, so the flag is cleared only when a sentence takes it.
    private static void Flush(List<string> words, List<string> tags, List<NerSentence> sentences, ref bool newDocument)
    {
        if (words.Count == 0)
        {
            return;
        }

        var mapped = tags.Select(MapTag).ToArray();
        ToIob2(mapped);
        sentences.Add(new NerSentence([.. words], mapped, newDocument));
        newDocument = false;
        words.Clear();
        tags.Clear();
    }

    // "#" or "#tag" can be a token of a CoNLL file ("#\tO"); a comment line has more than two columns or no tag.
    private static bool IsHashTokenLine(string line) =>
        line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries) is { Length: 2 } c && (c[1] == "O" || (c[1].Length > 2 && c[1][1] == '-'));

    private static bool IsIndexFirst(List<string> lines)
    {
        // Index-first files number their tokens 1, 2, 3, ... in the first column of every sentence.
        var checkedLines = 0;
        var expected = 1;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                expected = 1;
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index != expected)
            {
                return false;
            }

            expected++;
            if (++checkedLines >= 50)
            {
                break;
            }
        }

        return checkedLines > 0;
    }
}
