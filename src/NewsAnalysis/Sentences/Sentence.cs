namespace NewsAnalysis.Sentences;

/// <summary>
/// A sentence: half-open UTF-16 offsets <c>[Start, End)</c> into the analysed text and the range of its tokens
/// in <see cref="ArticleAnalysis.Tokens"/>.
/// </summary>
/// <param name="Start">Index of the sentence's first character (its first token's start).</param>
/// <param name="End">Index one past its last character (its last token's end).</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of tokens in it.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>The sentence's token indices as a range.</summary>
    public Range TokenRange => new(FirstToken, FirstToken + TokenCount);
}
