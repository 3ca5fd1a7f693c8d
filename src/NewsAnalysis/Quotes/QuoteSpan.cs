namespace NewsAnalysis.Quotes;

/// <summary>A piece of the text that a quotation's attribution refers to: the speaker mention or the cue.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Start">Index of the first character (UTF-16, into the analysed text).</param>
/// <param name="End">Index one past the last character.</param>
public sealed record QuoteSpan(string Text, int Start, int End);
