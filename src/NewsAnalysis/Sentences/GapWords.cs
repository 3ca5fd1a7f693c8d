using System.Runtime.CompilerServices;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Sentences;

/// <summary>
/// The word lists the splitter's candidate pass and <see cref="BoundaryFeatures"/> read, merged so that a word is
/// looked up once for everything the two ask about it: whether it is mostly written in lower case
/// (<see cref="Lowercase"/>) and whether it is a listed German sentence opener (<see cref="Starter"/>). A German
/// text asks this of most capitalised words, and two look-ups in separate lists cost twice as much.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class GapWords
{
    /// <summary>Flag: the word is mostly written in lower case inside a sentence.</summary>
    public const int Lowercase = 1;

    /// <summary>Flag: the word is a listed German sentence opener ("Daraufhin", "Dann").</summary>
    public const int Starter = 2;

    /// <summary>"Not looked up yet": the caller has no flags to hand over.</summary>
    public const int Unknown = -1;

    private readonly SpanLexicon _openers;

    /// <summary>Merges the lists.</summary>
    /// <param name="lowercaseWords">Words mostly written in lower case, in both cases (<see cref="BoundaryModel.WordList"/>); ordinal.</param>
    /// <param name="innerWords">Words that never end a sentence; ordinal.</param>
    /// <param name="startersDe">German sentence openers (the tokenizer's list); ordinal.</param>
    public GapWords(SpanLexicon lowercaseWords, SpanLexicon innerWords, SpanLexicon startersDe)
    {
        LowercaseWords = lowercaseWords ?? throw new ArgumentNullException(nameof(lowercaseWords));
        InnerWords = innerWords ?? throw new ArgumentNullException(nameof(innerWords));
        ArgumentNullException.ThrowIfNull(startersDe);
        // Only words that do not start with a lower-case letter are kept: the splitter asks only about words after a
        // gap the model may split, which start with a capital or a digit, and the lower-case forms would only make
        // the filter pass more other words.
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, _) in lowercaseWords.Entries)
        {
            if (MayBeAsked(word))
            {
                flags[word] = Lowercase;
            }
        }

        foreach (var (word, _) in startersDe.Entries.Where(e => MayBeAsked(e.Key)))
        {
            flags[word] = flags.GetValueOrDefault(word) | Starter;
        }

        _openers = new SpanLexicon(flags);
        _filter = new ulong[FilterBits / 64];
        foreach (var word in flags.Keys)
        {
            var (index, bits) = FilterWord(word);
            _filter[index] |= bits;
        }
    }

    // A two-hash Bloom filter over the flagged words (2^17 bits, 16 KB; about one in 45 other capitalised words passes):
    // most capitalised words of a German text are nouns outside the lists, and a filter that reads five of the
    // word's characters and its length rejects them with one well-predicted branch instead of a hash loop and a probe.
    // Both bits of a word lie in one 64-bit word of the filter: one memory access per look-up, not two (the filter
    // is too big to stay in the first-level cache beside the tokens, and a miss costs more than the hash).
    private const int FilterBits = 1 << 17;
    private readonly ulong[] _filter;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Index, ulong Bits) FilterWord(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        var h = ((uint)n * 0x9E3779B1u) ^ (word[0] * 0x85EBCA6Bu) ^ (word[Math.Min(1, n - 1)] * 0xC2B2AE35u)
            ^ (word[n - 1] * 0x27D4EB2Fu) ^ (word[Math.Max(n - 2, 0)] * 0x165667B1u) ^ (word[n / 2] * 0xD3A2646Cu);
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        var g = h * 0x297A2D39u;
        // The top bits choose the word (2^11 words), two other groups of six bits the two bits in it.
        return ((int)(h >> 21), (1UL << (int)(g >> 26)) | (1UL << (int)(h & 63)));
    }

    /// <summary>Whether the splitter may ask about <paramref name="word"/>: it does not start with a lower-case letter.</summary>
    private static bool MayBeAsked(string word) => word.Length > 0 && !char.IsLower(word[0]);

    /// <summary>
    /// False when <paramref name="word"/> has no flags; true for every flagged word and a few others. Words that
    /// start with a lower-case letter are not in the lists (the splitter never asks about them).
    /// </summary>
    public bool MayHaveFlags(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var (index, bits) = FilterWord(word);
        return (_filter[index] & bits) == bits;
    }

    /// <summary>Words mostly written in lower case (lower-case and capitalised forms).</summary>
    public SpanLexicon LowercaseWords { get; }

    /// <summary>Frequent words that never end a sentence (lower-case and capitalised forms).</summary>
    public SpanLexicon InnerWords { get; }

    /// <summary>
    /// The <see cref="Lowercase"/> and <see cref="Starter"/> flags of <paramref name="word"/> (0 when neither, and
    /// always for a word that starts with a lower-case letter).
    /// </summary>
    public int Flags(ReadOnlySpan<char> word) => MayHaveFlags(word) && _openers.TryGetValue(word, out var value) ? value : 0;
}
