using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsAnalysis.Lexicons;

/// <summary>
/// An immutable set of strings that is looked up with a <see cref="ReadOnlySpan{T}"/> and allocates nothing,
/// on every target framework. Each entry may carry a small value (flags or an index). Thread-safe to share.
/// </summary>
internal sealed class SpanLexicon
{
    // Open addressing with everything a comparison needs inside the slot: a look-up reads one slot (two to a cache
    // line) instead of a bucket, an entry and the entry's key string, and a key of up to eight characters is hashed
    // and compared as two 64-bit values instead of character by character (a hit on the words after a number fell
    // from 11.4 to 9.1 ns; see tests/NewsAnalysis.Benchmarks/README.md).
    private readonly Slot[] _slots;
    private readonly string[] _keys; // folded in a case-insensitive lexicon (FoldKey)
    private readonly int[] _values;
    private readonly StringComparison _comparison;

    // Head and Tail are the key's first and last four characters (see Pack): with Length they are the whole key up to
    // eight characters; a longer key is compared with _keys[Index] too. Length 0 marks an empty slot (keys are never empty).
    private readonly struct Slot(ulong head, ulong tail, int length, int index, int value)
    {
        public readonly ulong Head = head;
        public readonly ulong Tail = tail;
        public readonly int Length = length;
        public readonly int Index = index;
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

        _slots = new Slot[size];
        _keys = new string[list.Count];
        _values = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            // Case-insensitive keys are stored folded: a match is then a plain comparison of folded characters, and
            // folding a folded key changes nothing, so Pack gives the look-up's head and tail for every case variant.
            var key = ignoreCase ? FoldKey(list[i].Key) : list[i].Key;
            var (head, tail) = Pack(key, fold: false);
            var slot = Hash(head, tail, key.Length) & (size - 1);
            while (_slots[slot].Length != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = new Slot(head, tail, key.Length, i, list[i].Value);
            _keys[i] = key;
            _values[i] = list[i].Value;
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
    public int Count => _keys.Length;

    /// <summary>
    /// The keys and values, for building a derived lexicon. Keys of a case-insensitive lexicon come out folded
    /// (<see cref="FoldKey"/>), so only an ordinal lexicon gives back the keys it was built from.
    /// </summary>
    public IEnumerable<KeyValuePair<string, int>> Entries => _keys.Select((key, i) => new KeyValuePair<string, int>(key, _values[i]));

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

        var ignoreCase = _comparison != StringComparison.Ordinal;
        var (head, tail) = Pack(key, ignoreCase);
        var slots = _slots;
        var i = Hash(head, tail, key.Length) & (slots.Length - 1);
        while (true)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Length == 0)
            {
                return false;
            }

            if (slot.Head == head && slot.Tail == tail && slot.Length == key.Length
                && (key.Length <= 8 || (ignoreCase ? FoldedEquals(key, _keys[slot.Index]) : key.SequenceEqual(_keys[slot.Index]))))
            {
                value = slot.Value;
                return true;
            }

            i = (i + 1) & (slots.Length - 1);
        }
    }

    /// <summary>
    /// The first and the last four characters of <paramref name="key"/> as two 64-bit values (a key shorter than four
    /// characters: all of them in both, zero-padded), folded as <see cref="FoldKey"/> folds when <paramref name="fold"/>.
    /// </summary>
    /// <remarks>
    /// The hash and the comparison of every key up to eight characters long (most words looked up) then cost two loads
    /// and a few vector operations instead of a loop with a dependent multiplication and a case test per character.
    /// </remarks>
    private static (ulong Head, ulong Tail) Pack(ReadOnlySpan<char> key, bool fold)
    {
        ulong head;
        ulong tail;
        if (key.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(key);
            head = MemoryMarshal.Read<ulong>(bytes);
            tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            head = 0;
            for (var i = 0; i < key.Length; i++)
            {
                head |= (ulong)key[i] << (16 * i);
            }

            tail = head;
        }

        if (!fold)
        {
            return (head, tail);
        }

        // Fold without culture data (char.ToUpperInvariant goes to ICU for non-ASCII characters and dominated the
        // amount stage), all eight characters at once: a-z and à-þ except ÷ lose 32, exactly as Fold does. Keys equal
        // under OrdinalIgnoreCase outside Latin-1 may then miss; our lexicons are Latin.
        var v = Vector128.Create(head, tail).AsUInt16();
        var asciiLower = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var latinLower = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'à'), Vector128.Create((ushort)('þ' - 'à')))
            & ~Vector128.Equals(v, Vector128.Create((ushort)'÷'));
        var folded = (v - ((asciiLower | latinLower) & Vector128.Create((ushort)32))).AsUInt64();
        return (folded.GetElement(0), folded.GetElement(1));
    }

    // Two independent multiplications instead of one per character; the table is fixed, so input cannot flood it.
    private static int Hash(ulong head, ulong tail, int length)
    {
        var h = (head * 0x9E3779B97F4A7C15UL) ^ ulong.RotateLeft(tail * 0xC2B2AE3D27D4EB4FUL, 31) ^ (uint)length;
        return (int)((h ^ (h >> 32)) & 0x7FFFFFFF);
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
