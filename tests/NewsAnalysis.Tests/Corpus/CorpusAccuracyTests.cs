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
    public void EntityF1StaysAboveTheGate()
    {
        var result = CorpusEvaluation.Evaluate(NewsAnalyzer.Create(), GoldArticle.LoadFolder(TestPaths.Corpus));
        foreach (var (language, score) in result.Entities)
        {
            TestContext.Out.WriteLine($"entities {language}: {score}");
        }

        Assert.That(result.Entities["all"].Gold, Is.GreaterThan(500));
        Assert.That(result.Entities["de"].F1, Is.GreaterThanOrEqualTo(0.78));
        Assert.That(result.Entities["en"].F1, Is.GreaterThanOrEqualTo(0.68));
    }
}
