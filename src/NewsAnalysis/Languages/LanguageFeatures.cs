using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsAnalysis.Languages;

/// <summary>Receives what <see cref="LanguageFeatures.Extract{TSink}"/> finds in a text.</summary>
/// <remarks>
/// Implemented by structs and passed by reference, so the calls are direct and nothing is boxed: detection stays
/// allocation-free, and training counts exactly the features that detection later looks up.
/// </remarks>
internal interface ILanguageFeatureSink
{
    /// <summary>One hashed feature (a character n-gram or a whole word), already reduced to a bucket index.</summary>
    void Feature(int bucket);

    /// <summary>One word, lower-cased, with ’ turned into ', truncated to <see cref="LanguageFeatures.MaxWordLength"/>.</summary>
    /// <param name="word">The lower-cased word; only valid during the call.</param>
    void Word(ReadOnlySpan<char> word);
}

/// <summary>
/// The features of the language model: character n-grams of each lower-cased word padded with a boundary mark
/// (" der " gives " d", "de", "er", "r ", " de", ... up to the model's order), plus each word longer than the
/// longest n-gram as a whole, all hashed into a fixed number of buckets.
/// </summary>
/// <remarks>
/// Shared by the detector and the trainer (NewsAnalysis.Training), which is why it lives in the library: the two
/// must agree to the bit. Digits, punctuation and symbols are not features: they carry no language, and leaving
/// them out keeps phone numbers, prices and URLs from looking like a third language. The hash is FNV-1a with a
/// final avalanche step, not <see cref="string.GetHashCode()"/>, which differs from process to process.
/// </remarks>
internal static class LanguageFeatures
{
    /// <summary>Longer words are cut here; only junk (URLs, base64) gets this long.</summary>
    public const int MaxWordLength = 40;

    /// <summary>The highest n-gram order the hashing supports.</summary>
    public const int MaxSupportedOrder = 8;

    private const char Boundary = ' ';
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    // Whole words get their own seed so that "die" as a word and " die " as a 5-gram would not be the same
    // feature if a model ever used both.
    private const uint WordSeed = 0x9E3779B9;

    /// <summary>Finds the words of <paramref name="text"/> and reports their features and the words themselves.</summary>
    /// <param name="text">The text (callers cut it to the length they want to read).</param>
    /// <param name="bucketMask">Number of buckets minus one (the bucket count is a power of two).</param>
    /// <param name="maxOrder">The longest n-gram, counting the boundary marks.</param>
    /// <param name="sink">Receives the features and words.</param>
    public static void Extract<TSink>(ReadOnlySpan<char> text, int bucketMask, int maxOrder, ref TSink sink)
        where TSink : struct, ILanguageFeatureSink
    {
        Span<char> padded = stackalloc char[MaxWordLength + 2];
        padded[0] = Boundary;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var length = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (!IsWordChar(c))
                {
                    // An apostrophe inside a word ("don't", "geht's") belongs to it.
                    if (c is not ('\'' or '’') || i + 1 >= text.Length || !IsWordChar(text[i + 1]))
                    {
                        break;
                    }

                    c = '\'';
                }

                if (length < MaxWordLength)
                {
                    padded[1 + length++] = char.ToLowerInvariant(c);
                }

                i++;
            }

            padded[1 + length] = Boundary;
            var word = padded[..(length + 2)];
            NGrams(word, bucketMask, maxOrder, ref sink);
            if (word.Length > maxOrder)
            {
                sink.Feature(Bucket(Hash(WordSeed, word), bucketMask));
            }

            sink.Word(word[1..^1]);
        }
    }

    /// <summary>True for the characters words are made of: letters and the combining marks that decorate them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    private static void NGrams<TSink>(ReadOnlySpan<char> word, int bucketMask, int maxOrder, ref TSink sink)
        where TSink : struct, ILanguageFeatureSink
    {
        for (var start = 0; start < word.Length; start++)
        {
            var hash = FnvOffset;
            var end = Math.Min(word.Length, start + maxOrder);
            for (var k = start; k < end; k++)
            {
                hash = (hash ^ word[k]) * FnvPrime;
                var order = k - start + 1;
                // A lone boundary mark says nothing.
                if (order == 1 && word[k] == Boundary)
                {
                    continue;
                }

                sink.Feature(Bucket(hash + (uint)order, bucketMask));
            }
        }
    }

    private static uint Hash(uint seed, ReadOnlySpan<char> chars)
    {
        var hash = FnvOffset ^ seed;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    // The avalanche step of MurmurHash3 spreads FNV's weak low bits over the whole table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(uint hash, int bucketMask)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return (int)(hash & (uint)bucketMask);
    }
}
