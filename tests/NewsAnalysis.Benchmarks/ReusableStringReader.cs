namespace NewsAnalysis.Benchmarks;

/// <summary>
/// A <see cref="TextReader"/> over a string that can be rewound, so Lucene's tokenizer gets its input without a
/// new reader per run (what Lucene's own <c>ReusableStringReader</c> does inside its indexer). Reading copies
/// characters into Lucene's buffer, which is how Lucene always consumes text.
/// </summary>
internal sealed class ReusableStringReader : TextReader
{
    private string _text = string.Empty;
    private int _position;

    public void SetValue(string text)
    {
        _text = text;
        _position = 0;
    }

    public override int Peek() => _position < _text.Length ? _text[_position] : -1;

    public override int Read() => _position < _text.Length ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = Math.Min(buffer.Length, _text.Length - _position);
        if (n <= 0)
        {
            return 0;
        }

        _text.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    // Lucene disposes its input when a token stream is closed; the instance stays reusable.
    protected override void Dispose(bool disposing)
    {
        _text = string.Empty;
        _position = 0;
    }
}
