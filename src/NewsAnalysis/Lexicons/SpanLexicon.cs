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
            _entries[i] = new Entry(list[i].Key, hash, _buckets[bucket], list[i].Value);
            _buckets[bucket] = i;
        }

        MaxKeyLength = list.Count == 0 ? 0 : list.Max(e => e.Key.Length);
    }

    /// <summary>Builds a lexicon whose entries all carry the value 0.</summary>
    public SpanLexicon(IEnumerable<string> keys, bool ignoreCase = false)
        : this(keys.Select(k => new KeyValuePair<string, int>(k, 0)), ignoreCase)
    {
    }

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The length of the longest key; longer spans are never looked up.</summary>
    public int MaxKeyLength { get; }

    /// <summary>True when <paramref name="key"/> is in the lexicon.</summary>
    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    /// <summary>Looks up <paramref name="key"/> and returns its value.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        value = 0;
        if (key.Length == 0 || key.Length > MaxKeyLength)
        {
            return false;
        }

        var hash = Hash(key);
        for (var i = _buckets[hash & (_buckets.Length - 1)]; i >= 0; i = _entries[i].Next)
        {
            ref readonly var e = ref _entries[i];
            if (e.Hash == hash && key.Equals(e.Key.AsSpan(), _comparison))
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
            foreach (var c in key)
            {
                h = (h ^ (c < 128 ? (uint)(c is >= 'a' and <= 'z' ? c - 32 : c) : char.ToUpperInvariant(c))) * 16777619u;
            }
        }

        return (int)(h & 0x7FFFFFFF);
    }
}
