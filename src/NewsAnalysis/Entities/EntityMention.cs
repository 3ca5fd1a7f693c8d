namespace NewsAnalysis.Entities;

/// <summary>One mention of a named entity in the text.</summary>
/// <param name="Text">The mention as written.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Start">Index of the first character (UTF-16, into the analysed text).</param>
/// <param name="End">Index one past the last character.</param>
/// <param name="CanonicalName">The fullest name of the entity in the article, or null when not consolidated.</param>
public sealed record EntityMention(string Text, EntityType Type, int Start, int End, string? CanonicalName = null);
