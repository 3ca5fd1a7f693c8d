using System.Collections.Immutable;
using NewsAnalysis.Amounts;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis;

/// <summary>
/// The result of analysing one text: the exact input and light views into it. Every offset is a half-open
/// UTF-16 range <c>[Start, End)</c> into <see cref="Text"/>, which is never rewritten.
/// </summary>
public sealed record ArticleAnalysis
{
    /// <summary>The article's identifier (the caller's, or empty for a bare text).</summary>
    public required string Id { get; init; }

    /// <summary>The title given with the article, if any (metadata; not analysed).</summary>
    public string? Title { get; init; }

    /// <summary>The language that was detected or forced.</summary>
    public required Language Language { get; init; }

    /// <summary>The exact analysed text.</summary>
    public required string Text { get; init; }

    /// <summary>The sentences, in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>The tokens, in text order.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Named-entity mentions, in text order.</summary>
    public ImmutableArray<EntityMention> Entities { get; init; } = [];

    /// <summary>The entities of the article, each with all its mentions, in order of first mention.</summary>
    public ImmutableArray<Entity> ConsolidatedEntities { get; init; } = [];

    /// <summary>Amounts (money, percentages, quantities, multipliers), in text order.</summary>
    public ImmutableArray<Amount> Amounts { get; init; } = [];

    /// <summary>Quotations, in text order.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>The tokens of one sentence.</summary>
    /// <param name="sentence">A sentence of this analysis.</param>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The characters of a span of <see cref="Text"/>.</summary>
    /// <param name="start">Start offset.</param>
    /// <param name="end">End offset (exclusive).</param>
    public string Slice(int start, int end) => Text[start..end];
}
