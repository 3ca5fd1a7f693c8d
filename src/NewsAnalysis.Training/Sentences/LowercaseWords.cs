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

    public static void Write(string path, IReadOnlyList<string> words, Language language)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine($"# Words mostly written in lower case inside {(language == Language.German ? "German" : "English")} sentences, counted by");
        writer.WriteLine("# `NewsAnalysis.Training sentences` in the NER corpora of ../shared/data (see README, Sentences). Generated.");
        foreach (var w in words)
        {
            writer.WriteLine(w);
        }
    }
}
