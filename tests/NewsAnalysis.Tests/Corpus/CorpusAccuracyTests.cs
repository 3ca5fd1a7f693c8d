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

        // Since session 10 the taggers are trained on every article but the held-out rounds, so this is mostly a
        // training-set figure: measured 2026-12-07 (131 articles, 48 of them held out and 40 of those not fixed one
        // by one) de 0.9478, en 0.9308. The gates leave five points and more: each new unfixed blind round of eight articles
        // costs about 0.01-0.02.
        Assert.That(result.Entities["all"].Gold, Is.GreaterThan(3800));
        Assert.That(result.Entities["de"].F1, Is.GreaterThanOrEqualTo(0.88));
        Assert.That(result.Entities["en"].F1, Is.GreaterThanOrEqualTo(0.88));
    }

    [Test]
    public void EntityF1OnTheHeldOutRoundStaysAboveTheGate()
    {
        // The blind round the taggers never saw (corpus/held-out.list): the corpus figure on unseen text.
        var heldOut = ArticleList.Load(Path.Combine(TestPaths.Corpus, "held-out.list"));
        var articles = GoldArticle.LoadFolder(TestPaths.Corpus).Where(a => heldOut.Contains(a.TextPath)).ToList();
        var result = CorpusEvaluation.Evaluate(NewsAnalyzer.Create(), articles);
        foreach (var (language, score) in result.Entities)
        {
            TestContext.Out.WriteLine($"held-out entities {language}: {score}");
        }

        // Unfixed blind rounds measured 0.68-0.88 per language before their fixes (README); a broken tagger or
        // feature set falls far below. Measured 2026-12-07 on rounds 11-16 (round 11 fixed, 12-16 only by three class
        // rules): de 0.8597, en 0.8598.
        Assert.That(articles, Has.Count.EqualTo(heldOut.Count));
        Assert.That(result.Entities["all"].Gold, Is.GreaterThan(200));
        Assert.That(result.Entities["de"].F1, Is.GreaterThanOrEqualTo(0.62));
        Assert.That(result.Entities["en"].F1, Is.GreaterThanOrEqualTo(0.62));
    }
}
