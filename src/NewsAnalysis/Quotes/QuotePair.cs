namespace NewsAnalysis.Quotes;

/// <summary>An opening and a closing mark that belong together, found by <see cref="QuoteScanner"/>.</summary>
/// <param name="OpenToken">Index of the opening mark's token (of the first paragraph for a multi-paragraph quote).</param>
/// <param name="CloseToken">Index of the closing mark's token.</param>
/// <param name="Depth">0 for an outer quote, 1 or more for a quote inside another one.</param>
internal readonly record struct QuotePair(int OpenToken, int CloseToken, int Depth);
