using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace NewsAnalysis.Entities.Lexicons;

// The trainer (NewsAnalysis.Training) writes these tables with Write below, so the format has one definition.

/// <summary>
/// An immutable word → 32-bit value table for the entity lexicons (gazetteer flags, word clusters): all keys
/// live in one pooled character array and an open-addressing index finds them, so that loading builds no
/// string per key and look-ups allocate nothing. Thread-safe to share.
/// </summary>
/// <remarks>
/// Resource format: a deflate stream holding (little-endian) the magic "NAKT", the format version, the key
/// count, the byte length of the key block, then the key block (UTF-8 keys in ordinal order, each ended by
/// '\n'), then one uint value per key. Sorted keys make the deflate stream small; one UTF-8 decode of the
/// whole block makes loading fast.
/// </remarks>
internal sealed class KeyTable
{
    private const uint Magic = 0x544B414E; // "NAKT" read little-endian
    private const int FormatVersion = 1;

    private readonly char[] _pool;
    private readonly int[] _starts; // key i is _pool[_starts[i] .. _starts[i + 1] - 1) (the '\n' is skipped)
    private readonly uint[] _values;
    private readonly int[] _slots; // key index + 1, or 0 for an empty slot
    private readonly int _mask;

    private KeyTable(char[] pool, int[] starts, uint[] values)
    {
        _pool = pool;
        _starts = starts;
        _values = values;
        // At most two thirds full: short probe sequences, and half the memory (and cache misses while
        // loading) of a half-empty table.
        var size = 16;
        while (size < values.Length * 3 / 2)
        {
            size <<= 1;
        }

        _slots = new int[size];
        _mask = size - 1;
        for (var i = 0; i < values.Length; i++)
        {
            var key = KeyAt(i);
            MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
            var slot = Hash(key) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i + 1;
        }
    }

    /// <summary>The number of keys.</summary>
    public int Count => _values.Length;

    /// <summary>The length of the longest key.</summary>
    public int MaxKeyLength { get; }

    /// <summary>The key at <paramref name="index"/> (keys are in ordinal order).</summary>
    public ReadOnlySpan<char> KeyAt(int index) => _pool.AsSpan(_starts[index], _starts[index + 1] - _starts[index] - 1);

    /// <summary>Looks up <paramref name="key"/> (ordinal, case-sensitive).</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out uint value)
    {
        if (key.Length == 0 || key.Length > MaxKeyLength)
        {
            value = 0;
            return false;
        }

        var slot = Hash(key) & _mask;
        int entry;
        while ((entry = _slots[slot]) != 0)
        {
            var start = _starts[entry - 1];
            if (_starts[entry] - start - 1 == key.Length && key.SequenceEqual(_pool.AsSpan(start, key.Length)))
            {
                value = _values[entry - 1];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = 0;
        return false;
    }

    // FNV-1a with a final mix: fixed (not randomised) because the table is built once from trusted data.
    private static int Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & 0x7FFFFFFF);
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static KeyTable Read(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress);
        Span<byte> header = stackalloc byte[16];
        deflate.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            throw new InvalidDataException("Not an entity key table (bad magic).");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Entity key table format {version} is not supported (expected {FormatVersion}).");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var byteLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        if (count < 0 || byteLength < count)
        {
            throw new InvalidDataException("Entity key table header is corrupt.");
        }

        var bytes = new byte[byteLength];
        deflate.ReadExactly(bytes);
        var pool = new char[Encoding.UTF8.GetCharCount(bytes)];
        Encoding.UTF8.GetChars(bytes, pool);

        var starts = new int[count + 1];
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            starts[i] = position;
            var newline = pool.AsSpan(position).IndexOf('\n');
            if (newline < 0)
            {
                throw new InvalidDataException("Entity key table has fewer keys than its header says.");
            }

            position += newline + 1;
        }

        starts[count] = position;
        var values = new uint[count];
        var valueBytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        deflate.ReadExactly(valueBytes);
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < count; i++)
            {
                values[i] = BinaryPrimitives.ReverseEndianness(values[i]);
            }
        }

        return new KeyTable(pool, starts, values);
    }

    /// <summary>
    /// Writes <paramref name="entries"/> (keys without '\n', each once) in ordinal key order, so that the same
    /// entries always give the same bytes.
    /// </summary>
    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, uint>> entries)
    {
        var sorted = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        for (var i = 0; i < sorted.Count; i++)
        {
            var key = sorted[i].Key;
            if (key.Length == 0 || key.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Key {i} is empty or contains a line break.", nameof(entries));
            }

            if (i > 0 && string.Equals(sorted[i - 1].Key, key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Key '{key}' occurs twice.", nameof(entries));
            }

            text.Append(key).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        Span<byte> header = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], sorted.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], bytes.Length);
        deflate.Write(header);
        deflate.Write(bytes);
        var valueBytes = new byte[sorted.Count * 4];
        for (var i = 0; i < sorted.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(valueBytes.AsSpan(i * 4), sorted[i].Value);
        }

        deflate.Write(valueBytes);
    }
}
