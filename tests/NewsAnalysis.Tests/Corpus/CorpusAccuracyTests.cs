using NewsAnalysis.Sample.Evaluation;

namespace NewsAnalysis.Tests.Corpus;

/// <summary>CI gate: the pipeline against the corpus gold, with a margin below the measured figures.</summary>
public class CorpusAccuracyTests
{
    [Test]
    public void AmountF1StaysAboveTheGate()
    {
        var result = CorpusEvaluation.Evaluate(NewsAnalyzer.Create(), GoldArticle.LoadFolder(TestPaths.Corpus));
        foreach (var (language, score) in result.Amounts)
        {
            TestContext.Out.WriteLine($"amounts {language}: {score}");
        }

        Assert.That(result.Amounts["all"].Gold, Is.GreaterThan(150));
        Assert.That(result.Amounts["de"].F1, Is.GreaterThanOrEqualTo(0.95));
        Assert.That(result.Amounts["en"].F1, Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void QuoteFiguresStayAboveTheIssueBars()
    {
        var result = QuoteEvaluation.Evaluate(NewsAnalyzer.Create(), GoldArticle.LoadFolder(TestPaths.Corpus));
        var all = result.ByLanguage["all"];
        TestContext.Out.WriteLine($"quotes: {all}");
        Assert.Multiple(() =>
        {
            Assert.That(all.GoldQuotes, Is.GreaterThanOrEqualTo(120));
            Assert.That(all.Direct.F1, Is.GreaterThanOrEqualTo(0.97));
            Assert.That(all.SpeakerAccuracy, Is.GreaterThanOrEqualTo(0.95));
            Assert.That(all.ScareSpeakerRate, Is.LessThanOrEqualTo(0.05));
        });
    }

    [Test]
    public void QuoteFiguresHoldWithEntitiesFromAnEntityStage()
    {
        // The gold entities stand in for the entity stage, so that the entity path is gated without the NER model.
        var articles = GoldArticle.LoadFolder(TestPaths.Corpus);
        var analyzer = NewsAnalyzer.CreateBuilder().RemoveStage("entities").RemoveStage("quotes")
            .AddStage(new GoldEntityStage(articles.ToDictionary(a => a.Id))).AddStage(new NewsAnalysis.Pipeline.QuoteStage()).Build();
        var all = QuoteEvaluation.Evaluate(analyzer, articles).ByLanguage["all"];
        TestContext.Out.WriteLine($"quotes with gold entities: {all}");
        Assert.Multiple(() =>
        {
            Assert.That(all.Direct.F1, Is.GreaterThanOrEqualTo(0.97));
            Assert.That(all.SpeakerAccuracy, Is.GreaterThanOrEqualTo(0.95));
            Assert.That(all.ScareSpeakerRate, Is.LessThanOrEqualTo(0.05));
            Assert.That(all.SpeakerExact, Is.GreaterThanOrEqualTo(all.SpeakerGold * 9 / 10));
        });
    }

    [Test]
    public void EntityF1StaysAboveTheGate()
    {
        var result = CorpusEvaluation.Evaluate(NewsAnalyzer.Create(), GoldArticle.LoadFolder(TestPaths.Corpus));
        foreach (var (language, score) in result.Entities)
        {
            TestContext.Out.WriteLine($"entities {language}: {score}");
        }

        // Measured 2026-12-07 (session 9, 83 articles, the last six of them blind round 10, unfixed): de 0.9010, en 0.8962;
        // the gates leave about four points, about what one unfixed blind round costs (round 10: de -0.005, en -0.010).
        Assert.That(result.Entities["all"].Gold, Is.GreaterThan(2800));
        Assert.That(result.Entities["de"].F1, Is.GreaterThanOrEqualTo(0.86));
        Assert.That(result.Entities["en"].F1, Is.GreaterThanOrEqualTo(0.86));
    }
}
