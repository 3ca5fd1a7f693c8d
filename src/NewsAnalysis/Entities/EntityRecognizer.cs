using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

/// <summary>
/// The per-sentence named-entity tagger of one language (the model embedded in the package). Immutable and
/// thread-safe; <see cref="ForLanguage"/> loads each model once per process.
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly Lazy<EntityRecognizer> s_german = new(() => Load(Language.German), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<EntityRecognizer> s_english = new(() => Load(Language.English), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerTagger _tagger;

    internal EntityRecognizer(NerModel model, Language language)
    {
        _tagger = new NerTagger(model, language);
        Language = language;
    }

    /// <summary>The language of the model.</summary>
    public Language Language { get; }

    /// <summary>The embedded model of a language: German or English (any other language gets the English model).</summary>
    /// <param name="language">The language.</param>
    public static EntityRecognizer ForLanguage(Language language) => language == Language.German ? s_german.Value : s_english.Value;

    /// <summary>Resource path of a language's model below Resources/.</summary>
    internal static string ResourcePath(Language language) => $"Entities/ner-model.{(language == Language.German ? "de" : "en")}.bin";

    /// <summary>Tags pre-split words (as in an NER corpus) with IOB2 tags such as "B-PER", "I-PER", "O".</summary>
    /// <param name="words">The words of one sentence.</param>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = string.Join(' ', words);
        var tokens = new Token[words.Count];
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(text, position, position + words[i].Length, TokenKind.Word);
            position += words[i].Length + 1;
        }

        var labels = new byte[tokens.Length];
        _tagger.Tag(text, tokens, labels);
        return [.. labels.Select(l => NerLabels.Names[l])];
    }

    /// <summary>
    /// Tags the tokens of one sentence of <paramref name="text"/> and adds a mention per name found.
    /// </summary>
    /// <param name="text">The analysed text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="mentions">Receives the mentions in text order.</param>
    public void Recognize(string text, ReadOnlySpan<Token> tokens, List<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        if (tokens.Length == 0)
        {
            return;
        }

        var labels = tokens.Length <= 512 ? stackalloc byte[tokens.Length] : new byte[tokens.Length];
        _tagger.Tag(text, tokens, labels);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (labels[i] == NerLabels.Outside)
            {
                continue;
            }

            // Viterbi only produces valid BIO, so a name is a B followed by its I's.
            var end = i + 1;
            while (end < tokens.Length && NerLabels.IsInside(labels[end]))
            {
                end++;
            }

            var start = tokens[i].Start;
            var stop = tokens[end - 1].End;
            mentions.Add(new EntityMention(text[start..stop], NerLabels.TypeOf(labels[i]), start, stop));
            i = end - 1;
        }
    }

    private static EntityRecognizer Load(Language language)
    {
        using var stream = EmbeddedResources.Open(ResourcePath(language));
        return new EntityRecognizer(NerModel.Read(stream), language);
    }
}
