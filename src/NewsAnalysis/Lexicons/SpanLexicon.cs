namespace NewsAnalysis.Lexicons;

/// <summary>
/// An immutable set of strings that is looked up with a <see cref="ReadOnlySpan{T}"/> and allocates nothing,
/// on every target framework. Each entry may carry a small value (flags or an index). Thread-safe to share.
/// </summary>
internal sealed class SpanLexicon
{
    private readonly int[] _buckets;
    private readonly Entry[] _entries;
    private readonly StringComparison _comparison;

    private readonly struct Entry(string key, int hash, int next, int value)
    {
        public readonly string Key = key;
        public readonly int Hash = hash;
        public readonly int Next = next;
        public readonly int Value = value;
    }

    /// <summary>Builds the lexicon; later duplicates of a key are ignored.</summary>
    public SpanLexicon(IEnumerable<KeyValuePair<string, int>> entries, bool ignoreCase = false)
        : this(entries, ignoreCase, indexPhrases: true)
    {
    }

    private SpanLexicon(IEnumerable<KeyValuePair<string, int>> entries, bool ignoreCase, bool indexPhrases)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var list = new List<KeyValuePair<string, int>>();
        var seen = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (seen.Add(e.Key))
            {
                list.Add(e);
            }
        }

        var size = 1;
        while (size < list.Count * 2)
        {
            size <<= 1;
        }

        _buckets = new int[size];
        Array.Fill(_buckets, -1);
        _entries = new Entry[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var hash = Hash(list[i].Key.AsSpan());
            var bucket = hash & (size - 1);
            // Case-insensitive keys are stored folded: a match is then a plain comparison of folded characters.
            _entries[i] = new Entry(ignoreCase ? FoldKey(list[i].Key) : list[i].Key, hash, _buckets[bucket], list[i].Value);
            _buckets[bucket] = i;
        }

        // The first words of the keys that are phrases ("mehr" of "mehr als"), so that a two-word look-up can stop
        // at its first word without joining the two.
        var phrases = list.Where(e => e.Key.Contains(' ')).Select(e => new KeyValuePair<string, int>(e.Key[..e.Key.IndexOf(' ')], 0)).ToList();
        _phraseFirstWords = indexPhrases && phrases.Count > 0 ? new SpanLexicon(phrases, ignoreCase, indexPhrases: false) : null;

        _shapes = new ulong[(1 << 15) / 64];
        foreach (var e in list)
        {
            var shape = Shape(e.Key);
            _shapes[shape >> 6] |= 1UL << shape;
        }

        MaxKeyLength = list.Count == 0 ? 0 : list.Max(e => e.Key.Length);
        MinKeyLength = list.Count == 0 ? 0 : list.Min(e => e.Key.Length);
        foreach (var e in list)
        {
            var c = e.Key[0];
            if (c >= 128)
            {
                _nonAsciiFirst = true;
            }
            else if (ignoreCase && char.IsAsciiLetter(c))
            {
                MarkFirst(char.ToLowerInvariant(c));
                MarkFirst(char.ToUpperInvariant(c));
            }
            else
            {
                MarkFirst(c);
            }
        }
    }

    // Which ASCII characters start a key (a 128-bit set), so that most look-ups end before any hashing.
    private ulong _firstLow;
    private ulong _firstHigh;
    private readonly bool _nonAsciiFirst;
    private readonly SpanLexicon? _phraseFirstWords;

    // Which (first character, last character, length) shapes the keys have, five bits each: c & 31 is the same
    // for both cases of every ASCII and Latin-1 letter (the letters the case-insensitive hash folds), so a span
    // whose shape bit is clear matches no key, and most misses end here before any hashing.
    private readonly ulong[] _shapes;

    private static int Shape(ReadOnlySpan<char> key) => ((key[0] & 31) << 10) | ((key[^1] & 31) << 5) | (key.Length & 31);

    /// <summary>
    /// False when no key is a phrase whose first word is <paramref name="word"/> (a span without spaces): then
    /// no look-up of "<paramref name="word"/> …" can succeed.
    /// </summary>
    public bool MayStartPhrase(ReadOnlySpan<char> word) => _phraseFirstWords is not null && _phraseFirstWords.Contains(word);

    private void MarkFirst(char c)
    {
        if (c < 64)
        {
            _firstLow |= 1UL << c;
        }
        else
        {
            _firstHigh |= 1UL << (c - 64);
        }
    }

    private bool MayStartKey(char c) =>
        c >= 128 ? _nonAsciiFirst : c < 64 ? (_firstLow & (1UL << c)) != 0 : (_firstHigh & (1UL << (c - 64))) != 0;

    /// <summary>Builds a lexicon whose entries all carry the value 0.</summary>
    public SpanLexicon(IEnumerable<string> keys, bool ignoreCase = false)
        : this(keys.Select(k => new KeyValuePair<string, int>(k, 0)), ignoreCase)
    {
    }

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// The keys and values, for building a derived lexicon. Keys of a case-insensitive lexicon come out folded
    /// (<see cref="FoldKey"/>), so only an ordinal lexicon gives back the keys it was built from.
    /// </summary>
    public IEnumerable<KeyValuePair<string, int>> Entries => _entries.Select(e => new KeyValuePair<string, int>(e.Key, e.Value));

    /// <summary>The length of the longest key; longer spans are never looked up.</summary>
    public int MaxKeyLength { get; }

    /// <summary>The length of the shortest key; shorter spans are never looked up.</summary>
    public int MinKeyLength { get; }

    /// <summary>True when <paramref name="key"/> is in the lexicon.</summary>
    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    /// <summary>Looks up <paramref name="key"/> and returns its value.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        value = 0;
        if (key.Length < MinKeyLength || key.Length > MaxKeyLength || key.Length == 0 || !MayStartKey(key[0]))
        {
            return false;
        }

        var shape = Shape(key);
        if ((_shapes[shape >> 6] & (1UL << shape)) == 0)
        {
            return false;
        }

        var hash = Hash(key);
        for (var i = _buckets[hash & (_buckets.Length - 1)]; i >= 0; i = _entries[i].Next)
        {
            ref readonly var e = ref _entries[i];
            if (e.Hash == hash && (_comparison == StringComparison.Ordinal ? key.SequenceEqual(e.Key) : FoldedEquals(key, e.Key)))
            {
                value = e.Value;
                return true;
            }
        }

        return false;
    }

    // FNV-1a over the (upper-cased) characters: cheaper than the randomised string hash, and the table is
    // fixed, so input cannot flood it.
    private int Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        if (_comparison == StringComparison.Ordinal)
        {
            foreach (var c in key)
            {
                h = (h ^ c) * 16777619u;
            }
        }
        else
        {
            // Fold case without culture data (char.ToUpperInvariant goes to ICU for non-ASCII characters and
            // dominated the amount stage): ASCII and Latin-1 letters fold to upper case, others hash as they are.
            // Keys equal under OrdinalIgnoreCase outside Latin-1 may then miss; our lexicons are Latin.
            foreach (var c in key)
            {
                h = (h ^ Fold(c)) * 16777619u;
            }
        }

        return (int)(h & 0x7FFFFFFF);
    }

    /// <summary>
    /// Whether <paramref name="key"/> folds to <paramref name="folded"/>. Folded equality implies ordinal
    /// case-insensitive equality; the converse fails only for case pairs outside Latin-1, which the folded hash
    /// already tells apart.
    /// </summary>
    private static bool FoldedEquals(ReadOnlySpan<char> key, string folded)
    {
        if (key.Length != folded.Length)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (Fold(key[i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The key as the case-insensitive hash sees it (ASCII and Latin-1 letters upper-cased): two keys with the same
    /// folded form are found by the same spans of an ignore-case lexicon.
    /// </summary>
    public static string FoldKey(string key) => string.Create(key.Length, key, static (span, k) =>
    {
        for (var i = 0; i < k.Length; i++)
        {
            span[i] = (char)Fold(k[i]);
        }
    });

    private static uint Fold(char c) => c switch
    {
        >= 'a' and <= 'z' => (uint)(c - 32),
        >= 'à' and <= 'þ' and not '÷' => (uint)(c - 32),
        _ => c,
    };
}
