using System.Text.RegularExpressions;
using NewsAnalysis.Languages;
using NewsAnalysis.Sample.Evaluation;

namespace NewsAnalysis.Tests.Corpus;

/// <summary>The bundled corpus is our evaluation set: its files must be complete and its gold offsets exact.</summary>
public partial class CorpusTests
{
    private static IReadOnlyList<GoldArticle> All() => GoldArticle.LoadFolder(TestPaths.Corpus);

    [Test]
    public void HasEnoughArticlesPerLanguage()
    {
        var articles = All();
        Assert.That(articles.Count(a => a.Language == "de"), Is.GreaterThanOrEqualTo(12));
        Assert.That(articles.Count(a => a.Language == "en"), Is.GreaterThanOrEqualTo(6));
    }

    [Test]
    public void ArticlesAreNewsLength()
    {
        foreach (var article in All())
        {
            var words = WordPattern().Matches(article.Text).Count;
            Assert.That(words, Is.InRange(300, 1000), article.Id);
        }
    }

    [Test]
    public void GoldOffsetsMatchTheText()
    {
        var errors = All().SelectMany(a => a.OffsetErrors()).ToList();
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void GoldLabelsAreFromTheDocumentedSets()
    {
        foreach (var article in All())
        {
            Assert.That(article.Entities.Select(e => e.Type), Is.All.AnyOf("PER", "ORG", "LOC", "MISC"), article.Id);
            Assert.That(article.Amounts.Select(a => a.Kind), Is.All.AnyOf("money", "percent", "quantity", "multiplier"), article.Id);
            Assert.That(article.Quotes.Select(q => q.Kind), Is.All.AnyOf("direct", "partial", "scare"), article.Id);
            Assert.That(article.Amounts.Where(a => a.Kind == "money").Select(a => a.Currency), Is.All.Match("^[A-Z]{3}$"), article.Id);
        }
    }

    [Test]
    public void LanguageOfEveryArticleIsDetected()
    {
        var detector = new LanguageDetector();
        foreach (var article in All())
        {
            LanguageCodes.TryParse(article.Language, out var expected);
            Assert.That(detector.Detect(article.Text), Is.EqualTo(expected), article.Id);
        }
    }

    [Test]
    public void EveryArticleAnalysesIntoConsistentSentences()
    {
        var analyzer = NewsAnalyzer.Create();
        foreach (var article in All())
        {
            var analysis = analyzer.Analyze(article.Text, article.Id);
            Assert.That(analysis.Sentences, Is.Not.Empty, article.Id);
            var previous = 0;
            foreach (var sentence in analysis.Sentences)
            {
                Assert.That(sentence.Start, Is.GreaterThanOrEqualTo(previous), article.Id);
                Assert.That(article.Text[sentence.Start..sentence.End].Trim(), Is.Not.Empty);
                previous = sentence.End;
            }
        }
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
