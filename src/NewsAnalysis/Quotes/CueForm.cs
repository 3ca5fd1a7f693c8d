namespace NewsAnalysis.Quotes;

/// <summary>One written form of a cue: its first word (the look-up key) and the words that must follow.</summary>
/// <param name="Kind">How the cue points to its speaker.</param>
/// <param name="Lemma">The cue's dictionary form ("hinzufügen").</param>
/// <param name="Rest">Words after the first, lower case ("hinzu" for "fügte … hinzu", "to" for "according to").</param>
internal sealed record CueForm(CueKind Kind, string Lemma, string[] Rest);
