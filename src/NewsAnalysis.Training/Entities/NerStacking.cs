using NewsAnalysis.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Stacked training (<c>ner --stack K</c>): the first-pass perceptron is trained K times on all folds but one
/// (jackknife) and labels the held-out fold, so the second pass learns from predictions as wrong as they will be
/// at run time, not from the near-perfect labels of sentences the first pass was trained on. The second
/// perceptron sees the base features plus <see cref="NerStackFeatures"/> of those predictions.
/// </summary>
internal static class NerStacking
{
    /// <summary>Trains both passes and scores the first and the stacked tagger on <paramref name="dev"/>; returns the second-pass model.</summary>
    public static NerModel Run(
        IReadOnlyList<NerSentence> train, NerTrainingSet set, IReadOnlyList<NerSentence> dev, NerTrainingSet devSet,
        Func<NerTrainingSet, NerModel> trainModel, int folds, int bucketBits, TextWriter log)
    {
        var predicted = new byte[set.TokenCount];
        for (var fold = 0; fold < folds; fold++)
        {
            var held = Enumerable.Range(0, set.SentenceCount).Where(p => p % folds == fold).ToArray();
            var rest = Enumerable.Range(0, set.SentenceCount).Where(p => p % folds != fold).ToArray();
            var model = NerCommand.RoundTrip(trainModel(Subset(set, rest)));
            var labels = Predict(model, Subset(set, held));
            var position = 0;
            foreach (var p in held)
            {
                for (var t = set.SentenceStarts[p]; t < set.SentenceStarts[p + 1]; t++)
                {
                    predicted[t] = labels[position++];
                }
            }

            log.WriteLine($"stack: fold {fold + 1} of {folds} labelled");
        }

        var first = NerCommand.RoundTrip(trainModel(set));
        var devFirst = Predict(first, devSet);
        log.WriteLine($"stack: first pass dev {Score(devSet, devFirst)}; jackknife train accuracy {Accuracy(set.Labels, predicted):0.0000}");
        var second = NerCommand.RoundTrip(trainModel(Stacked(set, train, predicted, bucketBits)));
        var devSecond = Predict(second, Stacked(devSet, dev, devFirst, bucketBits));
        log.WriteLine($"stack: second pass dev {Score(devSet, devSecond)}");
        return second;
    }

    private static double Accuracy(byte[] gold, byte[] predicted) => (double)gold.Zip(predicted).Count(p => p.First == p.Second) / gold.Length;

    private static NerScore Score(NerTrainingSet set, byte[] predicted)
    {
        var evaluation = new NerEvaluation();
        for (var p = 0; p < set.SentenceCount; p++)
        {
            var range = set.SentenceStarts[p]..set.SentenceStarts[p + 1];
            evaluation.Add([.. set.Labels[range].Select(l => NerLabels.Names[l])], [.. predicted[range].Select(l => NerLabels.Names[l])]);
        }

        return evaluation.Overall;
    }

    /// <summary>The labels a model gives every token of a set.</summary>
    internal static byte[] Predict(NerModel model, NerTrainingSet set)
    {
        var tagger = new NerTagger(model, NewsAnalysis.Languages.Language.German);
        var labels = new byte[set.TokenCount];
        var scores = new float[NerTagger.MaxWindow * NerLabels.Count];
        var back = new byte[NerTagger.MaxWindow * NerLabels.Count];
        for (var p = 0; p < set.SentenceCount; p++)
        {
            var start = set.SentenceStarts[p];
            var n = set.SentenceStarts[p + 1] - start;
            tagger.Emissions(set.Features.AsSpan(start * NerFeatures.Stride, n * NerFeatures.Stride).ToArray(), set.Counts.AsSpan(start, n).ToArray(), n, scores);
            NerTagger.Viterbi(scores, n, model.Transitions, back, labels.AsSpan(start, n));
        }

        return labels;
    }

    /// <summary>The pieces (sentences) <paramref name="pieces"/> of a set, in that order.</summary>
    internal static NerTrainingSet Subset(NerTrainingSet set, IReadOnlyList<int> pieces)
    {
        var total = pieces.Sum(p => set.SentenceStarts[p + 1] - set.SentenceStarts[p]);
        var features = new int[total * NerFeatures.Stride];
        var counts = new byte[total];
        var labels = new byte[total];
        var starts = new int[pieces.Count + 1];
        var position = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var start = set.SentenceStarts[pieces[i]];
            var n = set.SentenceStarts[pieces[i] + 1] - start;
            starts[i] = position;
            set.Features.AsSpan(start * NerFeatures.Stride, n * NerFeatures.Stride).CopyTo(features.AsSpan(position * NerFeatures.Stride));
            set.Counts.AsSpan(start, n).CopyTo(counts.AsSpan(position));
            set.Labels.AsSpan(start, n).CopyTo(labels.AsSpan(position));
            position += n;
        }

        starts[^1] = position;
        return new NerTrainingSet(features, counts, labels, starts);
    }

    /// <summary>The set with the stacked features of <paramref name="predicted"/> added to every token.</summary>
    internal static NerTrainingSet Stacked(NerTrainingSet set, IReadOnlyList<NerSentence> sentences, byte[] predicted, int bucketBits)
    {
        // The set's tokens are the sentences' words in order (Build only cuts long sentences into pieces).
        var words = sentences.SelectMany(s => s.Words).Select(w => NerFeatures.WordHashes.Of(w)).ToArray();
        var lower = words.Select(w => w.Lower).ToArray();
        var shapes = words.Select(w => w.ShortShape).ToArray();
        var features = (int[])set.Features.Clone();
        var counts = (byte[])set.Counts.Clone();
        for (var p = 0; p < set.SentenceCount; p++)
        {
            var start = set.SentenceStarts[p];
            var n = set.SentenceStarts[p + 1] - start;
            if (set.Counts.AsSpan(start, n).ToArray().Any(c => c + NerStackFeatures.Count > NerFeatures.Stride))
            {
                throw new InvalidOperationException("No room for the stacked features.");
            }

            NerStackFeatures.Add(bucketBits, lower.AsSpan(start, n), shapes.AsSpan(start, n), predicted.AsSpan(start, n),
                features.AsSpan(start * NerFeatures.Stride, n * NerFeatures.Stride), counts.AsSpan(start, n));
        }

        return new NerTrainingSet(features, counts, set.Labels, set.SentenceStarts);
    }
}
