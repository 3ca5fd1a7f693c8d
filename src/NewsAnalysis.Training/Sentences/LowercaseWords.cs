using NewsAnalysis.Languages;
using NewsAnalysis.Training.Languages;

namespace NewsAnalysis.Training.Sentences;

/// <summary>
/// The boundary model's list of words mostly written in lower case inside a sentence, counted in the NER corpora
/// (<see cref="LanguageCorpora.Sentences"/>; the first word of each sentence is skipped, its capital says
/// nothing). A German noun is never on it, so a capitalised listed word after another word ("lecker | Die",
/// "verlangt | Daraufhin") most likely opens a sentence.
/// </summary>
internal static class LowercaseWords
{
    // A word needs this many lower-case uses, and more of them than capitalised ones.
    private const int MinimumLowercase = 3;

    // A word must be this frequent before "never last" means something.
    private const int MinimumInner = 100;

    public static List<string> Count(string data, Language language)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capital = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in LanguageCorpora.Sentences(data, language))
        {
            var words = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var k = 1; k < words.Length; k++)
            {
                var w = words[k];
                if (w.Length < 2 || !w.All(char.IsLetter))
                {
                    continue;
                }

                var key = w.ToLowerInvariant();
                var counts = char.IsLower(w[0]) ? lower : char.IsUpper(w[0]) && !w.Skip(1).Any(char.IsUpper) ? capital : null;
                if (counts is not null)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return lower
            .Where(e => e.Value >= MinimumLowercase && e.Value > capital.GetValueOrDefault(e.Key))
            .Select(e => e.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Words used at least <see cref="MinimumInner"/> times and as a sentence's last word in under 1 % of its
    /// uses in the same corpora (articles, prepositions, conjunctions; the corpora hold some cut-off sentences).
    /// </summary>
    public static List<string> CountInner(string data, Language language)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in LanguageCorpora.Sentences(data, language))
        {
            var words = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var final = -1;
            for (var k = 0; k < words.Length; k++)
            {
                var w = words[k].TrimEnd('.', '!', '?', ':', ';', ',');
                if (w.Length > 0 && w.All(char.IsLetter))
                {
                    var key = w.ToLowerInvariant();
                    total[key] = total.GetValueOrDefault(key) + 1;
                    final = k;
                }
            }

            if (final >= 0)
            {
                var key = words[final].TrimEnd('.', '!', '?', ':', ';', ',').ToLowerInvariant();
                last[key] = last.GetValueOrDefault(key) + 1;
            }
        }

        return total
            .Where(e => e.Value >= MinimumInner && last.GetValueOrDefault(e.Key) * 100 < e.Value)
            .Select(e => e.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static void Write(string path, IReadOnlyList<string> words, Language language, string what)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine($"# {what} {(language == Language.German ? "German" : "English")} sentences, counted by");
        writer.WriteLine("# `NewsAnalysis.Training sentences` in the NER corpora of ../shared/data (see README, Sentences). Generated.");
        foreach (var w in words)
        {
            writer.WriteLine(w);
        }
    }
}
