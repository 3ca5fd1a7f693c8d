using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis;

/// <summary>Settings of a <see cref="NewsAnalyzer"/>. Immutable; use <c>with</c> to change one.</summary>
public sealed record NewsAnalyzerOptions
{
    /// <summary>The default settings.</summary>
    public static NewsAnalyzerOptions Default { get; } = new();

    /// <summary>Tokenization conventions (default: <see cref="TokenizationScheme.Press"/>).</summary>
    public TokenizationScheme TokenizationScheme { get; init; } = TokenizationScheme.Press;

    /// <summary>
    /// The language assumed when detection finds neither German nor English; null keeps
    /// <see cref="Language.Other"/> (then only language-neutral rules apply).
    /// </summary>
    public Language? FallbackLanguage { get; init; }

    /// <summary>How many articles batch methods analyse at once (default: the processor count).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The longest text accepted, in UTF-16 code units (default 10,000,000). Longer texts are rejected with
    /// <see cref="ArgumentException"/> by <see cref="NewsAnalyzer.Analyze(string, string?, Language?, CancellationToken)"/>
    /// and reported as failed records by the batch methods.
    /// </summary>
    public int MaxTextLength { get; init; } = 10_000_000;
}
