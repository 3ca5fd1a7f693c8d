using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Tests;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Training.Tests.Entities;

/// <summary>
/// The ML.NET trainers on a slice of GermEval train: the exported model, written to the file format and read
/// back as the library loads it, must tag held-out sentences (later sentences of the train file, never the
/// dev file) with a sane F1. Classes exported to the wrong labels scored about 0.01 here.
/// </summary>
public class MaxEntTrainerTests
{
    private const int TrainSentences = 1500;
    private const int HeldOutSentences = 500;

    // 2^18 buckets: plenty for 1,500 sentences and a quarter of the shipped model's memory and time.
    private const int BucketBits = 18;

    private const NerFeatureSet Features = NerFeatureSet.Base | NerFeatureSet.Gazetteer | NerFeatureSet.Clusters | NerFeatureSet.CharacterNgrams;

    private static readonly Lazy<(NerTrainingSet Train, IReadOnlyList<NerSentence> HeldOut)> Data = new(() =>
    {
        var sentences = NerCorpus.Load(Path.Combine(TestPaths.SharedData, "ner/de/germeval2014/NER-de-train.tsv"));
        var train = NerTrainingSet.Build([.. sentences.Take(TrainSentences)], NerTagger.Features(BucketBits, Features, Language.German));
        return (train, [.. sentences.Skip(TrainSentences).Take(HeldOutSentences)]);
    });

    private static NerModel Train(MaxEntLearner learner, double l2, int iterations, bool previousLabel) =>
        new MaxEntTrainer(BucketBits, Features, learner, l2, iterations, previousLabel).Train(Data.Value.Train, seed: 1);

    private static NerScore HeldOutScore(NerModel model)
    {
        var score = NerCommand.Evaluate(NerCommand.RoundTrip(model), Data.Value.HeldOut, "de").Overall;
        TestContext.Out.WriteLine(score);
        return score;
    }

    [Test]
    public void SdcaModelTagsHeldOutSentences()
    {
        var score = HeldOutScore(Train(MaxEntLearner.Sdca, 1e-6, 10, previousLabel: false));

        Assert.That(score.F1, Is.GreaterThan(0.3));
    }

    [Test]
    public void LbfgsModelTagsHeldOutSentences()
    {
        // Fifteen iterations keep the test short (not converged, but 0.55 here).
        var score = HeldOutScore(Train(MaxEntLearner.Lbfgs, 1, 15, previousLabel: false));

        Assert.That(score.F1, Is.GreaterThan(0.3));
    }

    [Test]
    public void WithoutPreviousLabelEveryTransitionRowIsTheSameBias()
    {
        var transitions = Train(MaxEntLearner.Sdca, 1e-6, 3, previousLabel: false).Transitions;

        for (var previous = 1; previous <= NerLabels.Count; previous++)
        {
            Assert.That(transitions.AsSpan(previous * NerLabels.Count, NerLabels.Count).ToArray(), Is.EqualTo(transitions.AsSpan(0, NerLabels.Count).ToArray()));
        }

        // O is by far the most frequent label, so its bias is the largest.
        Assert.That(Array.IndexOf(transitions, transitions.AsSpan(0, NerLabels.Count).ToArray().Max()), Is.EqualTo(NerLabels.Outside));
    }

    [Test]
    public void PreviousLabelWeightsBecomeTheTransitions()
    {
        var transitions = Train(MaxEntLearner.Sdca, 1e-6, 10, previousLabel: true).Transitions;
        const int L = NerLabels.Count;
        int bPer = NerLabels.Begin(EntityType.Person), iPer = NerLabels.Inside(EntityType.Person);

        // After B-PER, I-PER is far likelier than after O; after the sentence start (row 0) I-PER never occurs.
        Assert.That(transitions[((bPer + 1) * L) + iPer], Is.GreaterThan(transitions[((NerLabels.Outside + 1) * L) + iPer]));
        Assert.That(transitions[((bPer + 1) * L) + iPer] - transitions[((bPer + 1) * L) + NerLabels.Outside], Is.GreaterThan(transitions[iPer] - transitions[NerLabels.Outside]));
    }
}
