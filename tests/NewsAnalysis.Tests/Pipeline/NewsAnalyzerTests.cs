using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;

namespace NewsAnalysis.Tests.Pipeline;

public class NewsAnalyzerTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    [Test]
    public void StandardStagesAreNamed() =>
        Assert.That(Analyzer.StageNames, Is.EqualTo(new[] { "language", "tokenizer", "sentences", "amounts", "entities", "quotes" }));

    [Test]
    public void EmptyTextGivesAnEmptyAnalysis()
    {
        var analysis = Analyzer.Analyze(string.Empty, "empty");
        Assert.Multiple(() =>
        {
            Assert.That(analysis.Id, Is.EqualTo("empty"));
            Assert.That(analysis.Tokens, Is.Empty);
            Assert.That(analysis.Sentences, Is.Empty);
            Assert.That(analysis.Language, Is.EqualTo(Language.Other));
        });
    }

    [Test]
    public void NullTextIsRejected() => Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze((string)null!));

    [Test]
    public void TooLongTextIsRejectedWithAClearMessage()
    {
        var small = NewsAnalyzer.Create(new NewsAnalyzerOptions { MaxTextLength = 10 });
        var ex = Assert.Throws<ArgumentException>(() => small.Analyze("Dieser Text ist zu lang.", "a1"));
        Assert.That(ex!.Message, Does.Contain("a1").And.Contain("MaxTextLength"));
    }

    [Test]
    public void BinaryJunkIsAnalysedWithoutErrors()
    {
        var random = new Random(7);
        var junk = new string(Enumerable.Range(0, 50_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
        var analysis = Analyzer.Analyze(junk);
        Assert.That(analysis.Tokens.All(t => t.End <= junk.Length && t.Text == junk[t.Start..t.End]), Is.True);
    }

    [Test]
    public void TextIsNeverRewritten()
    {
        const string text = "„Wir wachsen“, sagte Arthur Mensch am 3. Oktober in Paris.\r\n\r\nDas KI-Start-up sammelte 113 Millionen Dollar ein.";
        var analysis = Analyzer.Analyze(text);
        Assert.That(analysis.Text, Is.SameAs(text));
        Assert.That(analysis.Tokens.Select(t => t.Text), Is.EqualTo(analysis.Tokens.Select(t => text[t.Start..t.End])));
    }

    [Test]
    public void BatchKeepsInputOrderAndReportsFailures()
    {
        var analyzer = NewsAnalyzer.Create(new NewsAnalyzerOptions { MaxDegreeOfParallelism = 4, MaxTextLength = 100 });
        var articles = Enumerable.Range(0, 200)
            .Select(i => new Article($"a{i}", i % 17 == 0 ? new string('x', 101) : $"Artikel {i}. Er hat {i} Sätze."))
            .ToList();
        var results = analyzer.AnalyzeMany(articles).ToList();
        Assert.That(results.Select(r => r.Article.Id), Is.EqualTo(articles.Select(a => a.Id)));
        Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, 200)));
        Assert.That(results.Where(r => !r.Succeeded).Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, 200).Where(i => i % 17 == 0)));
        Assert.That(results.Where(r => !r.Succeeded).All(r => r.Error!.Contains("limit")), Is.True);
    }

    [Test]
    public async Task AsyncBatchKeepsInputOrder()
    {
        static async IAsyncEnumerable<Article> Source()
        {
            for (var i = 0; i < 50; i++)
            {
                await Task.Yield();
                yield return new Article($"a{i}", $"Text {i} hier.");
            }
        }

        var ids = new List<string>();
        await foreach (var result in Analyzer.AnalyzeManyAsync(Source()))
        {
            Assert.That(result.Succeeded, Is.True);
            ids.Add(result.Analysis!.Id);
        }

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 50).Select(i => $"a{i}")));
    }

    [Test]
    public void CancellationStopsTheBatch()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(
            () => Analyzer.AnalyzeMany([new Article("a", "Text.")], cts.Token).ToList(),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void SharedAnalyzerGivesTheSameResultOnEveryThread()
    {
        const string text = "Die Nordlicht AI GmbH meldet ein Plus von 18 Prozent. „Wir wachsen“, sagte Mensch. Dann ging er.";
        var expected = Serialization.AnalysisJson.Serialize(Analyzer.Analyze(text), includeTokens: true);
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Serialization.AnalysisJson.Serialize(Analyzer.Analyze(text), includeTokens: true));
        Assert.That(results, Is.All.EqualTo(expected));
    }

    [Test]
    public void CustomStagesRunAfterTheStandardOnes()
    {
        var analyzer = NewsAnalyzer.CreateBuilder().AddStage(new CountingStage()).Build();
        Assert.That(analyzer.StageNames[^1], Is.EqualTo("count"));
        var analysis = analyzer.Analyze("Eins zwei drei.");
        Assert.That(analysis.Quotes, Has.Length.EqualTo(1));
        Assert.That(analysis.Quotes[0].Text, Is.EqualTo("4"));
    }

    private sealed class CountingStage : IAnalysisStage
    {
        public string Name => "count";

        public void Process(AnalysisDocument document, CancellationToken cancellationToken) =>
            document.Quotes.Add(new Quotes.Quote(document.Tokens.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Quotes.QuoteKind.Scare, null, 0, 0, 0, 0));
    }
}
