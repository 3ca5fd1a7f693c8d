using System.Collections.Immutable;
using NewsAnalysis.Amounts;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Pipeline;

/// <summary>
/// The working document that the stages share while one text is analysed: the exact text and the layers
/// built so far. It belongs to one thread for one analysis and becomes an immutable
/// <see cref="ArticleAnalysis"/> at the end.
/// </summary>
public sealed class AnalysisDocument
{
    /// <summary>Creates a document for <paramref name="text"/>.</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="text">The exact text.</param>
    /// <param name="title">Optional title (metadata).</param>
    /// <param name="forcedLanguage">The caller's language, or null to detect it.</param>
    public AnalysisDocument(string id, string text, string? title = null, Language? forcedLanguage = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Title = title;
        ForcedLanguage = forcedLanguage;
        Language = forcedLanguage ?? Language.Other;

        // News text has about one token per six characters; sizing the list once avoids repeated growth copies.
        Tokens = new List<Token>(Math.Min(text.Length / 5 + 16, 1 << 20));
    }

    /// <summary>The article's identifier.</summary>
    public string Id { get; }

    /// <summary>The exact text; never rewritten.</summary>
    public string Text { get; }

    /// <summary>The title (metadata).</summary>
    public string? Title { get; }

    /// <summary>The language the caller forced, or null.</summary>
    public Language? ForcedLanguage { get; }

    /// <summary>The document's language (forced, or set by the language stage).</summary>
    public Language Language { get; set; }

    /// <summary>Tokens in text order.</summary>
    public List<Token> Tokens { get; }

    /// <summary>Sentences in text order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Entity mentions.</summary>
    public List<EntityMention> Entities { get; } = [];

    /// <summary>Entities with all their mentions (filled by the entity stage's document-level pass).</summary>
    public List<Entity> ConsolidatedEntities { get; } = [];

    /// <summary>Amounts.</summary>
    public List<Amount> Amounts { get; } = [];

    /// <summary>Quotations.</summary>
    public List<Quote> Quotes { get; } = [];

    /// <summary>Freezes the layers into an immutable result, each sorted by position.</summary>
    public ArticleAnalysis ToAnalysis() => new()
    {
        Id = Id,
        Title = Title,
        Language = Language,
        Text = Text,
        Tokens = [.. Tokens],
        Sentences = [.. Sentences],
        Entities = [.. Entities.OrderBy(e => e.Start).ThenBy(e => e.End)],
        ConsolidatedEntities = [.. ConsolidatedEntities],
        Amounts = [.. Amounts.OrderBy(a => a.Start).ThenBy(a => a.End)],
        Quotes = [.. Quotes.OrderBy(q => q.Start).ThenBy(q => q.End)],
    };
}
