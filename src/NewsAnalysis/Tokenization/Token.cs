namespace NewsAnalysis.Tokenization;

/// <summary>
/// A light view of one token: half-open UTF-16 offsets <c>[Start, End)</c> into the exact analysed text.
/// The token's characters are never copied until <see cref="Text"/> is read.
/// </summary>
public readonly struct Token : IEquatable<Token>
{
    private readonly string _source;

    /// <summary>Creates a token over <paramref name="source"/>; offsets are checked.</summary>
    /// <param name="source">The whole analysed text.</param>
    /// <param name="start">Index of the first character.</param>
    /// <param name="end">Index one past the last character.</param>
    /// <param name="kind">The token's class.</param>
    public Token(string source, int start, int end, TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        if ((uint)start > (uint)source.Length || end < start || end > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"[{start}, {end}) is not a span of a text of length {source.Length}.");
        }

        _source = source;
        Start = start;
        End = end;
        Kind = kind;
    }

    /// <summary>The tokenizer's constructor: its offsets are in range by construction, so they are not checked again.</summary>
    internal Token(string source, int start, int end, TokenKind kind, bool trusted)
    {
        _ = trusted;
        _source = source;
        Start = start;
        End = end;
        Kind = kind;
    }

    /// <summary>Index of the first character in the analysed text.</summary>
    public int Start { get; }

    /// <summary>Index one past the last character in the analysed text.</summary>
    public int End { get; }

    /// <summary>Number of UTF-16 code units in the token.</summary>
    public int Length => End - Start;

    /// <summary>The token's class.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's characters, without copying.</summary>
    public ReadOnlySpan<char> Span => _source is null ? default : _source.AsSpan(Start, End - Start);

    /// <summary>The token's characters as a new string (allocates; prefer <see cref="Span"/> in hot paths).</summary>
    public string Text => _source is null ? string.Empty : _source.Substring(Start, End - Start);

    /// <summary>True when the character right after the token is white space.</summary>
    public bool WhitespaceAfter => _source is not null && End < _source.Length && char.IsWhiteSpace(_source[End]);

    /// <inheritdoc />
    public bool Equals(Token other) =>
        Start == other.Start && End == other.End && Kind == other.Kind && ReferenceEquals(_source, other._source);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Kind);

    /// <summary>Equality of position, kind and source text.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Inequality of position, kind or source text.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Text} [{Start},{End}) {Kind}";
}
