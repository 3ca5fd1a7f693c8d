using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Entities.Lexicons;

/// <summary>
/// Distributional word classes of one language, learned from unlabelled text by
/// <c>NewsAnalysis.Training clusters</c> (spherical k-means over each word's neighbour-word vector): a fine
/// class and its coarse parent class. Words seen in similar contexts ("Siemens", "Bosch", "BASF") share a
/// class, which lets the tagger generalise from words it was trained on to words it was not. Immutable,
/// thread-safe, look-ups allocate nothing.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>The German clusters' path below <c>Resources/</c>.</summary>
    public const string GermanResourcePath = "Entities/clusters.de.bin";

    /// <summary>The English clusters' path below <c>Resources/</c>.</summary>
    public const string EnglishResourcePath = "Entities/clusters.en.bin";

    // Longer words are never listed, and the lower-case fallback copies the word to the stack.
    private const int MaxFallbackLength = 64;

    private static readonly Lazy<WordClusters> s_german = new(() => Load(GermanResourcePath), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<WordClusters> s_english = new(() => Load(EnglishResourcePath), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly KeyTable _table;

    private WordClusters(KeyTable table)
    {
        _table = table;
    }

    /// <summary>The clusters of <paramref name="language"/> (English for <see cref="Language.Other"/>). Loaded once.</summary>
    public static WordClusters ForLanguage(Language language) => language == Language.German ? s_german.Value : s_english.Value;

    /// <summary>The number of words with a class.</summary>
    public int Count => _table.Count;

    /// <summary>The fine class of <paramref name="word"/> (exact form, else its lower-case form), or -1.</summary>
    public int Fine(ReadOnlySpan<char> word) => TryFind(word, out var value) ? (int)(value & 0xFFFF) : -1;

    /// <summary>The coarse class of <paramref name="word"/> (exact form, else its lower-case form), or -1.</summary>
    public int Coarse(ReadOnlySpan<char> word) => TryFind(word, out var value) ? (int)(value >> 16) : -1;

    /// <summary>Both classes in one look-up: (fine, coarse), each -1 for an unknown word.</summary>
    public (int Fine, int Coarse) Classes(ReadOnlySpan<char> word) =>
        TryFind(word, out var value) ? ((int)(value & 0xFFFF), (int)(value >> 16)) : (-1, -1);

    private bool TryFind(ReadOnlySpan<char> word, out uint value)
    {
        if (_table.TryGetValue(word, out value))
        {
            return true;
        }

        if (word.Length == 0 || word.Length > MaxFallbackLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        var changed = false;
        for (var i = 0; i < word.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(word[i]);
            changed |= lower[i] != word[i];
        }

        return changed && _table.TryGetValue(lower, out value);
    }

    private static WordClusters Load(string path)
    {
        using var stream = EmbeddedResources.Open(path);
        return new WordClusters(KeyTable.Read(stream));
    }
}
