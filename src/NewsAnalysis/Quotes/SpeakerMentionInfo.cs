using NewsAnalysis.Entities;

namespace NewsAnalysis.Quotes;

/// <summary>A person or organisation mentioned in the article, as the quote stage sees it.</summary>
/// <param name="FirstToken">Index of the mention's first token.</param>
/// <param name="LastToken">Index of the mention's last token.</param>
/// <param name="Name">The fullest name of the speaker in the article.</param>
/// <param name="IsPerson">True for a person, false for an organisation.</param>
/// <param name="Gender">'m', 'f' or 'x' (unknown) for a person.</param>
/// <param name="Entity">The entity stage's entity, or null for a name the quote stage read itself.</param>
internal sealed record SpeakerMentionInfo(int FirstToken, int LastToken, string Name, bool IsPerson, char Gender, Entity? Entity);
