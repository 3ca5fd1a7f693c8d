using NewsAnalysis.Sample.Evaluation;
using System.Text.Json;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Reads our own gold-annotated articles (<c>corpus/&lt;lang&gt;/NN-slug.txt</c> with its <c>.json</c>, format in
/// corpus/README.md) as NER training sentences: the text is cut with the library's own tokenizer and sentence
/// splitter, so the tagger learns on exactly the tokens the pipeline gives it, and each gold entity span becomes
/// BIO tags over the tokens it covers.
/// </summary>
/// <remarks>
/// A span whose edges fall inside a token, or that crosses a sentence boundary, cannot be expressed in BIO tags
/// over these tokens. Its sentence is reported and left out entirely: tagging the covered tokens O would teach
/// the model that a gold name is no name. Stateless and thread-safe.
/// </remarks>
internal sealed class NewsCorpusReader
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static readonly HashSet<string> Types = ["PER", "ORG", "LOC", "MISC"];

    private readonly Tokenizer _tokenizer = new(TokenizationScheme.Press);
    private readonly SentenceSplitter _splitter;

    /// <summary>Creates a reader with the library's press tokenizer and shipped sentence splitter.</summary>
    public NewsCorpusReader() => _splitter = new SentenceSplitter(_tokenizer);

    /// <summary>The training sentences of one folder and the sentences left out.</summary>
    /// <param name="Sentences">Sentences whose gold spans all align with tokens; the first of each article starts a document.</param>
    /// <param name="Skipped">One line per sentence left out, saying which span did not align.</param>
    /// <param name="Articles">How many articles were read (0 for a single article).</param>
    public sealed record Result(IReadOnlyList<NerSentence> Sentences, IReadOnlyList<string> Skipped, int Articles = 0);

    /// <summary>Reads every <c>*.txt</c> below <paramref name="folder"/> (in path order) with the <c>.json</c> beside it.</summary>
    /// <param name="folder">A corpus folder such as corpus/en.</param>
    /// <param name="language">The articles' language.</param>
    /// <param name="heldOut">Articles left out (the newest blind round); null for none.</param>
    public Result ReadFolder(string folder, Language language, ArticleList? heldOut = null)
    {
        var sentences = new List<NerSentence>();
        var skipped = new List<string>();
        var articles = 0;
        foreach (var textPath in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (heldOut?.Contains(textPath) == true)
            {
                continue;
            }

            articles++;
            var jsonPath = Path.ChangeExtension(textPath, ".json");
            if (!File.Exists(jsonPath))
            {
                throw new FileNotFoundException($"{textPath} has no gold annotations beside it", jsonPath);
            }

            var gold = JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(jsonPath), JsonOptions)
                ?? throw new InvalidDataException($"{jsonPath}: empty gold file");
            var result = Read(File.ReadAllText(textPath), gold.Entities ?? [], language, Path.GetFileNameWithoutExtension(textPath));
            sentences.AddRange(result.Sentences);
            skipped.AddRange(result.Skipped);
        }

        return new Result(sentences, skipped, articles);
    }

    /// <summary>Cuts one article into tagged sentences.</summary>
    /// <param name="text">The article text; spans index into it.</param>
    /// <param name="entities">The gold entity spans (half-open UTF-16 offsets).</param>
    /// <param name="language">The article's language.</param>
    /// <param name="id">Names the article in the skip report.</param>
    public Result Read(string text, IReadOnlyList<GoldSpan> entities, Language language, string id)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var tokens = _tokenizer.Tokenize(text, language);
        var sentences = _splitter.Split(text, tokens, language);
        var sentencesOut = new List<NerSentence>(sentences.Length);
        var skipped = new List<string>();
        var bad = new HashSet<int>();
        var tags = Enumerable.Repeat("O", tokens.Length).ToArray();
        var sentenceOf = new int[tokens.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            Array.Fill(sentenceOf, s, sentences[s].FirstToken, sentences[s].TokenCount);
        }

        foreach (var entity in entities)
        {
            if (!Types.Contains(entity.Type))
            {
                throw new InvalidDataException($"{id}: entity type {entity.Type} is not PER, ORG, LOC or MISC");
            }

            // The first token that starts at the span and the last that ends at it; none when an edge is inside a token.
            var first = Array.FindIndex(tokens, t => t.Start == entity.Start);
            var last = Array.FindIndex(tokens, t => t.End == entity.End);
            var crossesEdge = tokens.Any(t => (t.Start < entity.Start && t.End > entity.Start) || (t.Start < entity.End && t.End > entity.End));
            if (first < 0 || last < first || crossesEdge || sentenceOf[first] != sentenceOf[last])
            {
                var s = Array.FindLastIndex(tokens, t => t.Start <= entity.Start);
                bad.Add(s < 0 ? 0 : sentenceOf[s]);
                if (first >= 0 && last >= first)
                {
                    bad.Add(sentenceOf[last]);
                }

                skipped.Add($"{id}: {entity.Type} «{text[entity.Start..entity.End]}» [{entity.Start},{entity.End}) does not align with the tokens or crosses a sentence; its sentence is left out");
                continue;
            }

            tags[first] = "B-" + entity.Type;
            for (var i = first + 1; i <= last; i++)
            {
                tags[i] = "I-" + entity.Type;
            }
        }

        for (var s = 0; s < sentences.Length; s++)
        {
            if (bad.Contains(s))
            {
                continue;
            }

            var sentence = sentences[s];
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = tokens[sentence.FirstToken + i].Text;
            }

            sentencesOut.Add(new NerSentence(words, tags[sentence.FirstToken..(sentence.FirstToken + sentence.TokenCount)], StartsDocument: s == 0));
        }

        return new Result(sentencesOut, skipped);
    }

    /// <summary>One gold entity of a corpus article (the other annotation kinds are not read).</summary>
    /// <param name="Start">Index of the first character.</param>
    /// <param name="End">Index one past the last character.</param>
    /// <param name="Type">PER, ORG, LOC or MISC.</param>
    public sealed record GoldSpan(int Start, int End, string Type);

    private sealed record GoldFile(IReadOnlyList<GoldSpan>? Entities);
}
