using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Amounts;

/// <summary>
/// Reads written-out numbers from the word parts in the lexicon: "zwölf", "zweihundertdreiundzwanzig",
/// "eineinhalb", "twenty-three", "half". Allocation-free; a word that is not entirely number parts is no number.
/// </summary>
internal static class NumberWords
{
    /// <summary>Parses one token as a written-out number; <paramref name="isArticle"/> marks "ein/eine/one".</summary>
    public static bool TryParse(ReadOnlySpan<char> word, Language language, AmountLexicon lexicon, out decimal value, out bool isArticle)
    {
        value = 0;
        isArticle = false;
        if (word.Length is 0 or > 60)
        {
            return false;
        }

        var parts = language == Language.English ? lexicon.NumberWordsEn : lexicon.NumberWordsDe;
        if (parts.TryGetValue(word, out var whole))
        {
            // A genitive form counts only in lower case: capitalised "Zweier" or "Dreier" is a noun.
            if (lexicon.NumberWordValues[whole].Role == NumberWordRole.Genitive && !char.IsLower(word[0]))
            {
                return false;
            }

            value = lexicon.NumberWordValues[whole].Value;

            // "ein", "one" and English "half" count only before a scale word ("half out" is no amount, while
            // German "anderthalb Jahre" is).
            isArticle = value == 1 && language != Language.English || word.Equals("one", StringComparison.OrdinalIgnoreCase)
                || (language == Language.English && lexicon.NumberWordValues[whole].Role == NumberWordRole.Fraction);
            return true;
        }

        decimal total = 0;
        decimal current = 0;
        var i = 0;
        var any = false;
        while (i < word.Length)
        {
            if (word[i] == '-' && any)
            {
                i++;
                continue;
            }

            if (any && word[i..].StartsWith("und", StringComparison.OrdinalIgnoreCase) && language != Language.English)
            {
                i += 3;
                continue;
            }

            var matched = LongestPart(word[i..], parts, out var index);
            if (matched == 0)
            {
                return false;
            }

            var (partValue, role) = lexicon.NumberWordValues[index];
            if (role == NumberWordRole.Genitive)
            {
                return false; // "zweier" inflects a whole number; it builds no compound
            }

            switch (role)
            {
                case NumberWordRole.Hundred:
                    current = (current == 0 ? 1 : current) * 100;
                    break;
                case NumberWordRole.Thousand:
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    break;
                default:
                    current += partValue;
                    break;
            }

            any = true;
            i += matched;
        }

        value = total + current;
        return any;
    }

    private static int LongestPart(ReadOnlySpan<char> rest, SpanLexicon parts, out int index)
    {
        for (var length = Math.Min(rest.Length, parts.MaxKeyLength); length >= 3; length--)
        {
            if (parts.TryGetValue(rest[..length], out index))
            {
                return length;
            }
        }

        index = -1;
        return 0;
    }
}
