using System.Diagnostics.CodeAnalysis;

namespace NewsAnalysis;

/// <summary>
/// The outcome for one article of a batch: its analysis, or the reason it failed. Batches never stop at a
/// failed article; every input yields exactly one result, in input order.
/// </summary>
/// <param name="Index">The article's zero-based position in the input.</param>
/// <param name="Article">The input article.</param>
/// <param name="Analysis">The analysis, or null when the article failed.</param>
/// <param name="Error">Why the article failed, or null.</param>
public sealed record ArticleResult(int Index, Article Article, ArticleAnalysis? Analysis, string? Error)
{
    /// <summary>True when <see cref="Analysis"/> is present.</summary>
    [MemberNotNullWhen(true, nameof(Analysis))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Analysis is not null;
}
