using NewsAnalysis.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Averaged structured perceptron (Collins 2002) over the library's tagger: each sentence is decoded with the
/// same Viterbi the runtime uses, and when the best path differs from the gold path the features of the gold
/// labels gain and those of the predicted labels lose (emissions and transitions). The returned model is the
/// average of the weights over all updates, which generalises far better than the last weights. Sentences
/// are visited in a fixed pseudo-random order per epoch, so training is deterministic.
/// </summary>
internal sealed class PerceptronTrainer(int bucketBits, NerFeatureSet featureSet, NewsAnalysis.Languages.Language language, double dropout = 0)
{
    private const int L = NerLabels.Count;

    /// <summary>Trains for <paramref name="epochs"/> passes; <paramref name="afterEpoch"/> sees the averaged model after each.</summary>
    public NerModel Train(NerTrainingSet data, int epochs, int seed, Action<int, NerModel>? afterEpoch = null)
    {
        var weights = new float[(1 << bucketBits) * L];
        var transitions = new float[(L + 1) * L];
        // Sums of (step * update) for the lazy average: average = w - sum / step.
        var weightSums = new double[weights.Length];
        var transitionSums = new double[transitions.Length];
        var live = new NerModel(bucketBits, featureSet, weights, transitions);
        var tagger = new NerTagger(live, language);
        var order = Enumerable.Range(0, data.SentenceCount).ToArray();
        var random = new Random(seed);
        var maxLength = Enumerable.Range(0, data.SentenceCount).Max(s => data.SentenceStarts[s + 1] - data.SentenceStarts[s]);
        var scores = new float[maxLength * L];
        var back = new byte[maxLength * L];
        var predicted = new byte[maxLength];
        var features = data.Features;
        var step = 1d;
        NerModel? averaged = null;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
            {
                var start = data.SentenceStarts[s];
                var n = data.SentenceStarts[s + 1] - start;
                if (n == 0)
                {
                    continue;
                }

                var sentenceFeatures = features.AsSpan(start * NerFeatures.Stride, n * NerFeatures.Stride).ToArray();
                var counts = data.Counts.AsSpan(start, n).ToArray();
                if (dropout > 0)
                {
                    Drop(sentenceFeatures, counts, n, random);
                }

                tagger.Emissions(sentenceFeatures, counts, n, scores);
                NerTagger.Viterbi(scores, n, transitions, back, predicted);
                var gold = data.Labels.AsSpan(start, n);
                if (!gold.SequenceEqual(predicted.AsSpan(0, n)))
                {
                    mistakes++;
                    for (var i = 0; i < n; i++)
                    {
                        int g = gold[i], p = predicted[i];
                        if (g != p)
                        {
                            var baseIndex = i * NerFeatures.Stride;
                            for (var k = 0; k < counts[i]; k++)
                            {
                                var row = sentenceFeatures[baseIndex + k] * L;
                                weights[row + g] += 1;
                                weightSums[row + g] += step;
                                weights[row + p] -= 1;
                                weightSums[row + p] -= step;
                            }
                        }

                        var gp = i == 0 ? 0 : gold[i - 1] + 1;
                        var pp = i == 0 ? 0 : predicted[i - 1] + 1;
                        if (gp != pp || g != p)
                        {
                            transitions[(gp * L) + g] += 1;
                            transitionSums[(gp * L) + g] += step;
                            transitions[(pp * L) + p] -= 1;
                            transitionSums[(pp * L) + p] -= step;
                        }
                    }
                }

                step++;
            }

            averaged = Average(weights, weightSums, transitions, transitionSums, step);
            afterEpoch?.Invoke(epoch, averaged);
            Console.Error.WriteLine($"epoch {epoch}: {mistakes} of {data.SentenceCount} sentences wrong");
        }

        return averaged ?? live;
    }

    /// <summary>
    /// Feature noising: each feature occurrence but the bias is left out of this visit with probability
    /// <c>dropout</c>, so that the weights cannot lean on a few rare, memorised features.
    /// </summary>
    private void Drop(int[] features, byte[] counts, int n, Random random)
    {
        for (var i = 0; i < n; i++)
        {
            var baseIndex = i * NerFeatures.Stride;
            var kept = 1;
            for (var k = 1; k < counts[i]; k++)
            {
                if (random.NextDouble() >= dropout)
                {
                    features[baseIndex + kept++] = features[baseIndex + k];
                }
            }

            counts[i] = (byte)kept;
        }
    }

    private NerModel Average(float[] weights, double[] weightSums, float[] transitions, double[] transitionSums, double step)
    {
        var w = new float[weights.Length];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)(weights[i] - (weightSums[i] / step));
        }

        var t = new float[transitions.Length];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = (float)(transitions[i] - (transitionSums[i] / step));
        }

        return new NerModel(bucketBits, featureSet, w, t);
    }
}
