using System.Collections.Immutable;

namespace NewsAnalysis.Entities;

/// <summary>
/// One named entity of an article with all its mentions: "Arthur Mensch", later "Mensch" and "Menschs" are
/// one <see cref="Entity"/> whose <see cref="Name"/> is the fullest mention.
/// </summary>
/// <param name="Name">The canonical name: the fullest mention of the entity in the article.</param>
/// <param name="Type">The entity type (the majority type of its mentions).</param>
/// <param name="Mentions">Every mention, in text order.</param>
public sealed record Entity(string Name, EntityType Type, ImmutableArray<EntityMention> Mentions);
