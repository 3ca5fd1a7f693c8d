using NewsAnalysis.Entities;
using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Brings the spans of the English training sources to the Universal NER convention the model is scored on
/// (and that the press follows): a name is the proper name alone. BTC tags nationality words ("Israeli",
/// "Iraqi") as LOC; WNUT-17 has products where UNER has organisations; re3d tags titles with the person ("Defense Secretary Ash Carter"), articles with the
/// name ("the SDF"), pronouns and descriptions ("he", "a soldier", "U.S. service members") as entities.
/// Applied to the loaded sentences, so the corpus reader stays a plain format reader.
/// </summary>
internal static class UnerConventions
{
    private static readonly HashSet<string> s_leadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "your",
    };

    /// <summary>True when <paramref name="file"/> is part of re3d, whose spans take articles, titles and descriptions.</summary>
    public static bool IsRe3d(string file) => file.Replace('\\', '/').Contains("/re3d/", StringComparison.Ordinal);

    /// <summary>True when <paramref name="file"/> is part of WNUT-17.</summary>
    public static bool IsWnut(string file) => file.Replace('\\', '/').Contains("/wnut17/", StringComparison.Ordinal);

    /// <summary>
    /// Reads a WNUT-17 file with its products as organisations: UNER tags software, websites and brands
    /// ("Firefox", "Google", "Picasa") as ORG, and WNUT-17's products are mostly those; the corpus reader maps
    /// them to MISC, as GermEval's OTH.
    /// </summary>
    public static IReadOnlyList<NerSentence> LoadWnut(string file)
    {
        var lines = File.ReadLines(file).Select(line => line.EndsWith("-product", StringComparison.Ordinal) ? line[..^"product".Length] + "corporation" : line);
        return NerCorpus.Read(new StringReader(string.Join('\n', lines)));
    }

    /// <summary>
    /// The sentence with every name in the UNER convention: names made only of nationality words become MISC
    /// (CoNLL's and wikigold's convention; UNER does not tag them, and MISC is not scored there); a person's
    /// leading titles move out of the name. With <paramref name="descriptions"/> (re3d) leading articles and
    /// possessives move out too, and spans without a capitalised word or ending in a lower-case noun
    /// ("the enemy", "U.S. forces") become O.
    /// </summary>
    public static NerSentence Apply(NerSentence sentence, bool descriptions)
    {
        var gazetteer = NerGazetteer.ForLanguage(Language.English);
        string[]? tags = null;
        var words = sentence.Words;
        for (var start = 0; start < words.Count; start++)
        {
            if (!sentence.Tags[start].StartsWith("B-", StringComparison.Ordinal))
            {
                continue;
            }

            var type = sentence.Tags[start][2..];
            var end = start + 1;
            while (end < words.Count && sentence.Tags[end] == "I-" + type)
            {
                end++;
            }

            var first = start;
            if (descriptions)
            {
                while (first < end - 1 && s_leadingWords.Contains(words[first]))
                {
                    first++;
                }
            }

            if (type == "PER")
            {
                // Everything up to the last title goes out: "Iraqi Prime Minister Haider al-Abadi".
                for (var i = end - 2; i >= first; i--)
                {
                    if (IsTitle(words[i], gazetteer))
                    {
                        first = i + 1;
                        break;
                    }
                }
            }

            string? newType = type;
            if (Enumerable.Range(first, end - first).All(i => !char.IsLetter(words[i][0]) || (gazetteer.Lookup(words[i]) & GazetteerFlags.Demonym) != 0)
                && Enumerable.Range(first, end - first).Any(i => char.IsLetter(words[i][0])))
            {
                newType = "MISC";
            }
            else if (descriptions && (!Enumerable.Range(first, end - first).Any(i => char.IsUpper(words[i][0])) || IsLowerWord(words[end - 1])))
            {
                newType = null;
            }

            if (first != start || newType != type)
            {
                tags ??= [.. sentence.Tags];
                for (var i = start; i < end; i++)
                {
                    tags[i] = newType is null || i < first ? "O" : (i == first ? "B-" : "I-") + newType;
                }
            }

            start = end - 1;
        }

        return tags is null ? sentence : new NerSentence(words, tags);
    }

    // Listed titles, and the abbreviated ranks of military texts ("Lt.", "Gen.", "Spc.").
    private static bool IsTitle(string word, NerGazetteer gazetteer) =>
        (gazetteer.Lookup(word) & GazetteerFlags.PersonTitle) != 0
        || (word.Length is >= 3 and <= 5 && word[^1] == '.' && char.IsUpper(word[0]) && word.AsSpan(1, word.Length - 2).ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz") is false);

    private static bool IsLowerWord(string word) => word.Length > 1 && char.IsLower(word[0]);
}
