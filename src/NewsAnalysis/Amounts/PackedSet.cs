namespace NewsAnalysis.Amounts;

/// <summary>
/// A small immutable set of packed character triples (<see cref="AmountLexicon.PackPrefix"/>): open addressing in
/// one array, so a look-up is a multiply, a shift and usually one comparison. It answers for every word that passes
/// the bit filters, where a general-purpose set's call and hashing cost more than the test itself.
/// </summary>
internal sealed class PackedSet
{
    private readonly long[] _slots; // 0 marks an empty slot; a packed triple of real characters is never 0
    private readonly bool _hasZero;

    public PackedSet(IEnumerable<long> values)
    {
        var distinct = values.Distinct().ToList();
        _hasZero = distinct.Remove(0);
        var size = 16;
        while (size < distinct.Count * 4)
        {
            size <<= 1;
        }

        _slots = new long[size];
        foreach (var v in distinct)
        {
            var i = Slot(v, size);
            while (_slots[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            _slots[i] = v;
        }
    }

    public bool Contains(long value)
    {
        if (value == 0)
        {
            return _hasZero;
        }

        var slots = _slots;
        var i = Slot(value, slots.Length);
        while (true)
        {
            var v = slots[i];
            if (v == value)
            {
                return true;
            }

            if (v == 0)
            {
                return false;
            }

            i = (i + 1) & (slots.Length - 1);
        }
    }

    private static int Slot(long value, int size) => (int)((ulong)(value * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & (size - 1);
}
