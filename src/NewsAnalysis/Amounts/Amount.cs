namespace NewsAnalysis.Amounts;

/// <summary>An amount found in the text, with its value fully expanded ("1,5 Mrd. Euro" is 1500000000).</summary>
/// <param name="Kind">What the amount measures.</param>
/// <param name="Value">The value (the lower bound of a range).</param>
/// <param name="Currency">ISO 4217 code for money, else null.</param>
/// <param name="Unit">The counted noun or unit for quantities, "percent"/"percentage points" for percentages.</param>
/// <param name="Qualifier">How the text qualifies the amount.</param>
/// <param name="RangeEnd">The upper bound of a range, else null.</param>
/// <param name="Text">The amount as written.</param>
/// <param name="Start">Index of the first character (UTF-16, into the analysed text).</param>
/// <param name="End">Index one past the last character.</param>
/// <remarks>
/// The recognizer creates amounts over the analysed text and copies <see cref="Text"/> and a counted noun's
/// <see cref="Unit"/> out of it only when they are first read: most callers read values and offsets, and the copies
/// were a fifth of the amount stage's time. Every
/// observable value is fixed at construction (the text lies in a string that never changes), equality and hashing
/// compare the nine values above, and a <c>with</c> copy takes the text as it was, whatever offsets it sets.
/// </remarks>
public sealed record Amount(
    AmountKind Kind,
    decimal Value,
    string? Currency,
    string? Unit,
    AmountQualifier Qualifier,
    decimal? RangeEnd,
    string Text,
    int Start,
    int End)
{
    // The analysed text while Text has not been copied out of it; set only by the recognizer's constructor.
    private readonly string? _source;

    // Text once known. Two threads reading it first may each copy it: the copies are equal, so the race is benign.
    private string? _text = Text;

    // Unit once known (the same benign race); a counted noun lies at [_unitStart, _unitEnd) of _source until then.
    private string? _unit = Unit;
    private readonly int _unitStart;
    private readonly int _unitEnd;

    /// <summary>
    /// The recognizer's constructor: <see cref="Text"/> is <paramref name="source"/>[start..end), copied when first
    /// read; so is <see cref="Unit"/> from [<paramref name="unitStart"/>, <paramref name="unitEnd"/>) when
    /// <paramref name="unit"/> is null and that range is not empty.
    /// </summary>
    internal Amount(AmountKind kind, decimal value, string? currency, string? unit, AmountQualifier qualifier, decimal? rangeEnd, string source, int start, int end, int unitStart, int unitEnd)
        : this(kind, value, currency, unit, qualifier, rangeEnd, null!, start, end)
    {
        _source = source;
        _unitStart = unitStart;
        _unitEnd = unitEnd;
    }

    /// <summary>Copies an amount for <c>with</c>: the copy keeps the original's text even if its offsets change.</summary>
    private Amount(Amount original)
    {
        Kind = original.Kind;
        Value = original.Value;
        Currency = original.Currency;
        Qualifier = original.Qualifier;
        RangeEnd = original.RangeEnd;
        _text = original.Text;
        _unit = original.Unit;
        Start = original.Start;
        End = original.End;
    }

    /// <summary>The counted noun or unit for quantities, "percent"/"percentage points" for percentages.</summary>
    public string? Unit
    {
        get => _unit ??= _unitEnd > _unitStart ? _source?.Substring(_unitStart, _unitEnd - _unitStart) : null;
        init => _unit = value;
    }

    /// <summary>The amount as written.</summary>
    public string Text
    {
        get => _text ??= _source?.Substring(Start, End - Start)!; // null only if a caller constructed it with null
        init => _text = value;
    }

    /// <summary>Equality of all nine values (the text by its characters, however it is held).</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>True when every value is equal.</returns>
    public bool Equals(Amount? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Kind == other.Kind && Value == other.Value && Currency == other.Currency && Unit == other.Unit
                && Qualifier == other.Qualifier && RangeEnd == other.RangeEnd && Start == other.Start && End == other.End
                && TextEquals(other)));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Value);
        hash.Add(Currency);
        hash.Add(Unit);
        hash.Add(Qualifier);
        hash.Add(RangeEnd);
        hash.Add(string.GetHashCode(TextSpan));
        hash.Add(Start);
        hash.Add(End);
        return hash.ToHashCode();
    }

    // Lists the values in their declared order, as the compiler would for a positional Text.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind)
            .Append(", Value = ").Append(Value)
            .Append(", Currency = ").Append(Currency)
            .Append(", Unit = ").Append(Unit)
            .Append(", Qualifier = ").Append(Qualifier)
            .Append(", RangeEnd = ").Append(RangeEnd)
            .Append(", Text = ").Append(Text)
            .Append(", Start = ").Append(Start)
            .Append(", End = ").Append(End);
        return true;
    }

    // The characters of Text without copying them out of the source.
    private ReadOnlySpan<char> TextSpan => _text is { } text ? text.AsSpan() : _source is null ? default : _source.AsSpan(Start, End - Start);

    private bool TextEquals(Amount other)
    {
        // A caller may have passed a null text; it equals only another null text, as string equality would say.
        var isNull = _text is null && _source is null;
        var otherIsNull = other._text is null && other._source is null;
        return isNull || otherIsNull ? isNull == otherIsNull : TextSpan.SequenceEqual(other.TextSpan);
    }
}
