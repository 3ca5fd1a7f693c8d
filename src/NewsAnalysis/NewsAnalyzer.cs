using System.Runtime.CompilerServices;
using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis;

/// <summary>
/// The entry point: a pipeline of named stages (language, tokenizer, sentences, ...) built once from
/// embedded lexicons and models. Immutable and thread-safe: create one per process and analyse from any
/// number of threads.
/// </summary>
/// <example>
/// <code>
/// var analyzer = NewsAnalyzer.Create();
/// var result = analyzer.Analyze("„Wir wachsen“, sagte Mensch.");
/// foreach (var sentence in result.Sentences) Console.WriteLine(result.Slice(sentence.Start, sentence.End));
/// </code>
/// </example>
public sealed class NewsAnalyzer
{
    private readonly IAnalysisStage[] _stages;

    private NewsAnalyzer(NewsAnalyzerOptions options, IEnumerable<IAnalysisStage> stages)
    {
        Options = options;
        _stages = [.. stages];
        StageNames = [.. _stages.Select(s => s.Name)];
    }

    /// <summary>The settings this analyzer was built with.</summary>
    public NewsAnalyzerOptions Options { get; }

    /// <summary>The names of the pipeline's stages, in order.</summary>
    public IReadOnlyList<string> StageNames { get; }

    /// <summary>Creates an analyzer with the standard pipeline.</summary>
    /// <param name="options">Settings; null for <see cref="NewsAnalyzerOptions.Default"/>.</param>
    public static NewsAnalyzer Create(NewsAnalyzerOptions? options = null) => CreateBuilder(options).Build();

    /// <summary>Starts a builder with the standard pipeline, to which stages can be added.</summary>
    /// <param name="options">Settings; null for <see cref="NewsAnalyzerOptions.Default"/>.</param>
    public static NewsAnalyzerBuilder CreateBuilder(NewsAnalyzerOptions? options = null) => new(options ?? NewsAnalyzerOptions.Default);

    internal static IEnumerable<IAnalysisStage> StandardStages(NewsAnalyzerOptions options)
    {
        // The entity models are the largest resources: they load on another core while the other stages are built.
        var entities = Task.Run(() => new EntityStage());
        var tokenizer = new Tokenizer(options.TokenizationScheme);
        yield return new LanguageStage(new LanguageDetector(), options.FallbackLanguage);
        yield return new TokenizerStage(tokenizer);
        yield return new SentenceStage(new SentenceSplitter(tokenizer));
        yield return new AmountStage();
        yield return entities.GetAwaiter().GetResult();
        yield return new QuoteStage();
    }

    internal static NewsAnalyzer FromStages(NewsAnalyzerOptions options, IEnumerable<IAnalysisStage> stages) => new(options, stages);

    /// <summary>Analyses one text.</summary>
    /// <param name="text">The text; every offset in the result indexes into exactly this string.</param>
    /// <param name="id">An identifier echoed in the result (default: empty).</param>
    /// <param name="language">Forces the language; null detects it.</param>
    /// <param name="cancellationToken">Stops the analysis between stages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is longer than <see cref="NewsAnalyzerOptions.MaxTextLength"/>.</exception>
    public ArticleAnalysis Analyze(string text, string? id = null, Language? language = null, CancellationToken cancellationToken = default)
        => Analyze(new Article(id ?? string.Empty, text, null, language), cancellationToken);

    /// <summary>Analyses one article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="cancellationToken">Stops the analysis between stages.</param>
    /// <exception cref="ArgumentNullException">The article or its text is null.</exception>
    /// <exception cref="ArgumentException">The text is longer than <see cref="NewsAnalyzerOptions.MaxTextLength"/>.</exception>
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(article.Text, nameof(article) + "." + nameof(Article.Text));
        if (article.Text.Length > Options.MaxTextLength)
        {
            throw new ArgumentException(
                $"The text of article '{article.Id}' has {article.Text.Length:N0} characters; the limit is {Options.MaxTextLength:N0} (NewsAnalyzerOptions.MaxTextLength).",
                nameof(article));
        }

        var document = new AnalysisDocument(article.Id ?? string.Empty, article.Text, article.Title, article.Language);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }

        return document.ToAnalysis();
    }

    /// <summary>
    /// Analyses a batch with up to <see cref="NewsAnalyzerOptions.MaxDegreeOfParallelism"/> articles at once.
    /// Results come in input order, one per article; an article that fails is reported in its result and the
    /// batch goes on.
    /// </summary>
    /// <param name="articles">The articles, read lazily.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public IEnumerable<ArticleResult> AnalyzeMany(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return AnalyzeManyCore(articles, cancellationToken);
    }

    private IEnumerable<ArticleResult> AnalyzeManyCore(IEnumerable<Article> articles, CancellationToken cancellationToken)
    {
        var window = new Queue<Task<ArticleResult>>();
        var index = 0;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var i = index++;
            window.Enqueue(Task.Run(() => AnalyzeSafely(i, article, cancellationToken), cancellationToken));
            if (window.Count >= Math.Max(1, Options.MaxDegreeOfParallelism))
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (window.Count > 0)
        {
            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Analyses a stream of articles with up to <see cref="NewsAnalyzerOptions.MaxDegreeOfParallelism"/> at once.
    /// Results come in input order, one per article; an article that fails is reported in its result.
    /// </summary>
    /// <param name="articles">The articles, read as they arrive.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    public async IAsyncEnumerable<ArticleResult> AnalyzeManyAsync(
        IAsyncEnumerable<Article> articles,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var window = new Queue<Task<ArticleResult>>();
        var index = 0;
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var i = index++;
            window.Enqueue(Task.Run(() => AnalyzeSafely(i, article, cancellationToken), cancellationToken));
            if (window.Count >= Math.Max(1, Options.MaxDegreeOfParallelism))
            {
                yield return await window.Dequeue().ConfigureAwait(false);
            }
        }

        while (window.Count > 0)
        {
            yield return await window.Dequeue().ConfigureAwait(false);
        }
    }

    private ArticleResult AnalyzeSafely(int index, Article article, CancellationToken cancellationToken)
    {
        if (article is null)
        {
            return new ArticleResult(index, new Article(string.Empty, string.Empty), null, "The article is null.");
        }

        if (article.Text is null)
        {
            return new ArticleResult(index, article, null, "The article has no text.");
        }

        if (article.Text.Length > Options.MaxTextLength)
        {
            return new ArticleResult(index, article, null, $"The text has {article.Text.Length:N0} characters; the limit is {Options.MaxTextLength:N0}.");
        }

        try
        {
            return new ArticleResult(index, article, Analyze(article, cancellationToken), null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // A stage failed on this article: report it with the article and go on with the batch.
            return new ArticleResult(index, article, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
