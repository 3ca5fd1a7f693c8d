using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Languages;

/// <summary>
/// Tells German from English (and from anything else) by the share of each language's function words, with
/// umlauts and ß as extra German evidence. Deterministic, allocation-free, and it reads at most the first
/// <see cref="MaxCharacters"/> characters, so its cost does not grow with the article.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LanguageDetector
{
    /// <summary>How much of a text is read at most.</summary>
    public const int MaxCharacters = 4_000;

    private const int GermanFlag = 1;
    private const int EnglishFlag = 2;

    // Below this share of function words among all words the text is neither German nor English.
    private const double MinimumShare = 0.08;

    private static readonly Lazy<SpanLexicon> s_functionWords = new(LoadFunctionWords, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanLexicon _functionWords;

    /// <summary>Creates a detector over the embedded function-word lists.</summary>
    public LanguageDetector()
    {
        _functionWords = s_functionWords.Value;
    }

    /// <summary>Detects the language of <paramref name="text"/>.</summary>
    /// <param name="text">Any text; empty or junk text is <see cref="Language.Other"/>.</param>
    public Language Detect(ReadOnlySpan<char> text)
    {
        var scores = Score(text);
        if (scores.Words < 2)
        {
            return Language.Other;
        }

        var best = Math.Max(scores.German, scores.English);
        // One function word is chance ("a" in French); two or more, and a fair share of the words, is evidence.
        if (best < 2 || best / scores.Words < MinimumShare || scores.German == scores.English)
        {
            return Language.Other;
        }

        return scores.German > scores.English ? Language.German : Language.English;
    }

    /// <summary>The evidence behind <see cref="Detect"/>: word count and per-language scores.</summary>
    /// <param name="text">Any text.</param>
    public LanguageScores Score(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxCharacters)
        {
            text = text[..MaxCharacters];
        }

        Span<char> lower = stackalloc char[32];
        var words = 0;
        double german = 0;
        double english = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            var umlaut = false;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                umlaut |= text[i] is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü';
                i++;
            }

            var length = i - start;
            if (length == 0)
            {
                continue;
            }

            words++;
            if (umlaut)
            {
                german += 0.5;
            }

            if (length > lower.Length)
            {
                continue;
            }

            var word = lower[..length];
            text.Slice(start, length).ToLowerInvariant(word);
            word.Replace('’', '\'');
            if (_functionWords.TryGetValue(word, out var flags))
            {
                if (flags == GermanFlag)
                {
                    german++;
                }
                else if (flags == EnglishFlag)
                {
                    english++;
                }
            }
        }

        return new LanguageScores(words, german, english);
    }

    private static SpanLexicon LoadFunctionWords()
    {
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in EmbeddedResources.ReadLines("Languages/function-words.de.txt"))
        {
            flags[word] = GermanFlag;
        }

        foreach (var word in EmbeddedResources.ReadLines("Languages/function-words.en.txt"))
        {
            flags[word] = flags.TryGetValue(word, out var f) ? f | EnglishFlag : EnglishFlag;
        }

        return new SpanLexicon(flags);
    }
}

/// <summary>The evidence the language detector weighed.</summary>
/// <param name="Words">Words read.</param>
/// <param name="German">German evidence (function words, umlauts).</param>
/// <param name="English">English evidence (function words).</param>
public readonly record struct LanguageScores(int Words, double German, double English);
