using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Tests;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Training.Tests.Entities;

/// <summary>
/// The CRF trainer: its forward-backward must give the exact log partition function of the BIO-constrained
/// chain (checked against enumerating every path), and the trained model, exported and read back, must tag
/// held-out GermEval train sentences (never the dev file) with a sane F1.
/// </summary>
public class CrfTrainerTests
{
    private const int L = NerLabels.Count;

    [Test]
    public void ForwardBackwardMatchesEveryPathEnumerated()
    {
        const int n = 3;
        var random = new Random(7);
        var emissions = Enumerable.Range(0, n * L).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
        var transitions = Enumerable.Range(0, (L + 1) * L).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var alpha = new double[n * L];
        var beta = new double[n * L];

        var logZ = CrfTrainer.ForwardBackward(emissions, transitions, n, alpha, beta);

        // Sum over all BIO-valid label sequences, and the marginal of each label at the middle token.
        var z = 0d;
        var middle = new double[L];
        for (var a = 0; a < L; a++)
        {
            for (var b = 0; b < L; b++)
            {
                for (var c = 0; c < L; c++)
                {
                    if (!NerLabels.Allowed(-1, a) || !NerLabels.Allowed(a, b) || !NerLabels.Allowed(b, c))
                    {
                        continue;
                    }

                    var score = Math.Exp(emissions[a] + transitions[a] + emissions[L + b] + transitions[((a + 1) * L) + b]
                        + emissions[(2 * L) + c] + transitions[((b + 1) * L) + c]);
                    z += score;
                    middle[b] += score;
                }
            }
        }

        Assert.That(logZ, Is.EqualTo(Math.Log(z)).Within(1e-6));
        for (var y = 0; y < L; y++)
        {
            Assert.That(Math.Exp(alpha[L + y] + beta[L + y] - logZ), Is.EqualTo(middle[y] / z).Within(1e-6));
        }
    }

    [Test]
    public void CrfModelTagsHeldOutSentences()
    {
        const int bits = 18;
        const NerFeatureSet features = NerFeatureSet.Base | NerFeatureSet.Gazetteer | NerFeatureSet.Clusters | NerFeatureSet.CharacterNgrams;
        var sentences = NerCorpus.Load(Path.Combine(TestPaths.SharedData, "ner/de/germeval2014/NER-de-train.tsv"));
        var train = NerTrainingSet.Build([.. sentences.Take(1500)], NerTagger.Features(bits, features, Language.German));

        var model = new CrfTrainer(bits, features, Language.German, l2: 0.3, rate: 0.1, decay: 1).Train(train, epochs: 5, seed: 1);
        var score = NerCommand.Evaluate(NerCommand.RoundTrip(model), [.. sentences.Skip(1500).Take(500)], "de").Overall;
        TestContext.Out.WriteLine(score);

        Assert.That(score.F1, Is.GreaterThan(0.4));
    }
}
