using NewsAnalysis.Languages;

namespace NewsAnalysis;

/// <summary>An article to analyse.</summary>
/// <param name="Id">The caller's identifier, echoed in the result.</param>
/// <param name="Text">The article text; offsets in the result index into exactly this string.</param>
/// <param name="Title">Optional title (metadata only: it is not analysed and offsets do not include it).</param>
/// <param name="Language">Forces the language; null lets the analyzer detect it.</param>
public sealed record Article(string Id, string Text, string? Title = null, Language? Language = null);
