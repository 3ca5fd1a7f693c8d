using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Entities;

/// <summary>
/// The word lists of the document-level entity pass for one language: the gazetteer (titles, legal forms,
/// currencies, date words, demonyms, function words) and <c>Resources/Entities/determiners.*.txt</c> and
/// <c>name-connectors.*.txt</c>. Immutable, loaded once per language.
/// </summary>
internal sealed class ConsolidationLexicon
{
    private static readonly Lazy<ConsolidationLexicon> s_german = new(() => new ConsolidationLexicon(Language.German), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ConsolidationLexicon> s_english = new(() => new ConsolidationLexicon(Language.English), LazyThreadSafetyMode.ExecutionAndPublication);

    private ConsolidationLexicon(Language language)
    {
        Language = language;
        var code = language.ToCode();
        Gazetteer = NerGazetteer.ForLanguage(language);
        // Case-insensitive: a sentence-initial "Der Mensch" is guarded too.
        Determiners = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/determiners.{code}.txt"), ignoreCase: true);
        Connectors = new SpanLexicon(EmbeddedResources.ReadLines($"Entities/name-connectors.{code}.txt"));
    }

    /// <summary>The lists of <paramref name="language"/> (English for every language but German).</summary>
    public static ConsolidationLexicon ForLanguage(Language language) => language == Language.German ? s_german.Value : s_english.Value;

    /// <summary>German or English.</summary>
    public Language Language { get; }

    /// <summary>The entity gazetteer of the language.</summary>
    public NerGazetteer Gazetteer { get; }

    /// <summary>Articles, demonstratives, possessives: after one of these a capitalised word is a common noun.</summary>
    public SpanLexicon Determiners { get; }

    /// <summary>Lower-case words that may stand inside a name ("von", "of", "für"); others end a name.</summary>
    public SpanLexicon Connectors { get; }
}
