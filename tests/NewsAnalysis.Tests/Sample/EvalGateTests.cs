using System.Text;
using NewsAnalysis.Sample;
using NewsAnalysis.Sample.Evaluation;

namespace NewsAnalysis.Tests.Sample;

/// <summary><c>eval corpus --min</c>: a generic gate over the kinds the evaluation scores.</summary>
public class EvalGateTests
{
    private static CorpusEvaluation.Result ResultWith(string kind, SpanScore all) =>
        new(new Dictionary<string, CorpusEvaluation.KindResult>
        {
            [kind] = new(new Dictionary<string, SpanScore> { ["all"] = all, ["de"] = all }, []),
        });

    [Test]
    public void ParsesKindsAndRejectsUnknownOnesAndBadValues()
    {
        var parsed = Thresholds.Parse("entities=0.80, amounts=0.98,quotes=0.95", CorpusEvaluation.GateKinds, out var error);
        Assert.That(error, Is.Null);
        Assert.That(parsed, Is.EquivalentTo(new Dictionary<string, double> { ["entities"] = 0.80, ["amounts"] = 0.98, ["quotes"] = 0.95 }));
        Assert.Multiple(() =>
        {
            Assert.That(Thresholds.Parse("amount=0.9", CorpusEvaluation.GateKinds, out error), Is.Null);
            Assert.That(error, Does.Contain("amount=0.9"));
            Assert.That(Thresholds.Parse("amounts=1.5", CorpusEvaluation.GateKinds, out _), Is.Null);
            Assert.That(Thresholds.Parse("amounts=x", CorpusEvaluation.GateKinds, out _), Is.Null);
            Assert.That(Thresholds.Parse(",", CorpusEvaluation.GateKinds, out _), Is.Null);
        });
    }

    [Test]
    public void FailsOnlyKindsBelowTheirThresholdAndReportsUnscoredKinds()
    {
        var result = ResultWith("quotes", new SpanScore(Gold: 10, Predicted: 10, Correct: 9)); // F1 0.9
        var failures = Thresholds.Check(new Dictionary<string, double> { ["quotes"] = 0.95, ["entities"] = 0.5 }, result.OverallF1(), out var unscored);
        Assert.That(failures, Has.Count.EqualTo(1));
        Assert.That(failures[0], Does.StartWith("quotes F1 0.9000"));
        Assert.That(unscored, Is.EqualTo(new[] { "entities" }));
        Assert.That(Thresholds.Check(new Dictionary<string, double> { ["quotes"] = 0.9 }, result.OverallF1(), out _), Is.Empty);
    }

    [Test]
    public async Task TheCommandExitsThreeBelowAThresholdAndZeroAbove()
    {
        async Task<(int, string, string)> Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = await Program.RunAsync(args, new StringReader(string.Empty), new MemoryStream(), stdout, stderr);
            return (exit, stdout.ToString(), stderr.ToString());
        }

        // A one-article corpus whose gold has an amount the text does not contain: amount F1 is 0.
        var folder = Path.Combine(Path.GetTempPath(), "newsanalysis-gate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "de"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "de", "x.txt"), "Der Preis stieg.");
            File.WriteAllText(Path.Combine(folder, "de", "x.json"),
                "{\"id\":\"x\",\"language\":\"de\",\"amounts\":[{\"start\":4,\"end\":9,\"text\":\"Preis\",\"kind\":\"money\",\"value\":5,\"currency\":\"EUR\"}]}");
            var (fail, _, failErrors) = await Run("eval", "corpus", folder, "--min", "amounts=0.5");
            var (pass, output, _) = await Run("eval", "corpus", TestPaths.Corpus, "--min", "amounts=0.5");
            var (usage, _, _) = await Run("eval", "corpus", TestPaths.Corpus, "--min", "amount=0.5");
            Assert.Multiple(() =>
            {
                Assert.That(fail, Is.EqualTo(3));
                Assert.That(failErrors, Does.Contain("amounts F1 0.0000 is below 0.5"));
                Assert.That(pass, Is.EqualTo(0));
                Assert.That(output, Does.Contain("amounts").And.Contain(" de ").And.Contain(" en ").And.Contain("F1"));
                Assert.That(usage, Is.EqualTo(2));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
