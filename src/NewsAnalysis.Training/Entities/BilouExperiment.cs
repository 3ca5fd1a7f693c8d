using NewsAnalysis.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// <c>ner --bilou</c>: measures BILOU labels (Begin, Inside, Last, Unit per type, and O: 17 labels) against the
/// shipped BIO labels with the same features and the same averaged perceptron, without touching the run-time
/// label set: the model lives only here, is decoded under BILOU constraints (B/I must go on to I/L of the same
/// type, a name may not stop at B or I) and its labels are turned back into BIO for scoring. The last word of a
/// name gets its own label, so features can learn where names end (a boundary error is a miss and a spurious
/// name at once).
/// </summary>
internal static class BilouExperiment
{
    private const int Types = 4;
    private const int L = 1 + (4 * Types);

    /// <summary>Trains on <paramref name="train"/> and returns the dev score.</summary>
    public static NerScore Run(NerTrainingSet train, NerTrainingSet dev, int bucketBits, int epochs, int seed, TextWriter log)
    {
        var labels = ToBilou(train);
        var weights = new float[(1 << bucketBits) * L];
        var sums = new double[weights.Length];
        var transitions = new float[(L + 1) * L];
        var transitionSums = new double[transitions.Length];
        var order = Enumerable.Range(0, train.SentenceCount).ToArray();
        var random = new Random(seed);
        var scores = new float[NerTagger.MaxWindow * L];
        var back = new byte[NerTagger.MaxWindow * L];
        var predicted = new byte[NerTagger.MaxWindow];
        var step = 1d;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
            {
                var start = train.SentenceStarts[s];
                var n = train.SentenceStarts[s + 1] - start;
                Decode(train, start, n, weights, transitions, scores, back, predicted);
                var gold = labels.AsSpan(start, n);
                if (gold.SequenceEqual(predicted.AsSpan(0, n)))
                {
                    step++;
                    continue;
                }

                mistakes++;
                for (var i = 0; i < n; i++)
                {
                    int g = gold[i], p = predicted[i];
                    if (g != p)
                    {
                        for (var k = 0; k < train.Counts[start + i]; k++)
                        {
                            var row = train.Features[((start + i) * NerFeatures.Stride) + k] * L;
                            Update(weights, sums, row + g, 1, step);
                            Update(weights, sums, row + p, -1, step);
                        }
                    }

                    int gp = i == 0 ? 0 : gold[i - 1] + 1, pp = i == 0 ? 0 : predicted[i - 1] + 1;
                    if (gp != pp || g != p)
                    {
                        Update(transitions, transitionSums, (gp * L) + g, 1, step);
                        Update(transitions, transitionSums, (pp * L) + p, -1, step);
                    }
                }

                step++;
            }

            log.WriteLine($"bilou: epoch {epoch}: {mistakes} of {train.SentenceCount} sentences wrong");
        }

        // The averaged weights (Collins 2002), as the shipped perceptron uses.
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] -= (float)(sums[i] / step);
        }

        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] -= (float)(transitionSums[i] / step);
        }

        var evaluation = new NerEvaluation();
        for (var s = 0; s < dev.SentenceCount; s++)
        {
            var start = dev.SentenceStarts[s];
            var n = dev.SentenceStarts[s + 1] - start;
            Decode(dev, start, n, weights, transitions, scores, back, predicted);
            evaluation.Add(
                [.. dev.Labels.AsSpan(start, n).ToArray().Select(l => NerLabels.Names[l])],
                [.. predicted.AsSpan(0, n).ToArray().Select(l => NerLabels.Names[ToBio(l)])]);
        }

        foreach (var (type, score) in evaluation.ByType)
        {
            log.WriteLine($"bilou: dev {type,-5} {score}");
        }

        return evaluation.Overall;
    }

    private static void Update(float[] weights, double[] sums, int index, int sign, double step)
    {
        weights[index] += sign;
        sums[index] += sign * step;
    }

    private static int TypeOf(int label) => (label - 1) >> 2;

    /// <summary>0 B, 1 I, 2 L, 3 U (label &gt; 0).</summary>
    private static int PartOf(int label) => (label - 1) & 3;

    private static bool Open(int label) => label > 0 && PartOf(label) < 2;

    /// <summary>After B-X or I-X only I-X or L-X; elsewhere (and at the start, -1) only O, B or U.</summary>
    private static bool Allowed(int previous, int label) => previous >= 0 && Open(previous)
        ? label > 0 && TypeOf(label) == TypeOf(previous) && PartOf(label) is 1 or 2
        : label == 0 || PartOf(label) is 0 or 3;

    private static byte ToBio(int label) => label == 0
        ? (byte)NerLabels.Outside
        : (byte)(PartOf(label) is 0 or 3 ? NerLabels.Begin((EntityType)TypeOf(label)) : NerLabels.Inside((EntityType)TypeOf(label)));

    private static byte[] ToBilou(NerTrainingSet set)
    {
        var result = new byte[set.TokenCount];
        for (var s = 0; s < set.SentenceCount; s++)
        {
            for (var t = set.SentenceStarts[s]; t < set.SentenceStarts[s + 1]; t++)
            {
                int label = set.Labels[t];
                if (label == NerLabels.Outside)
                {
                    continue;
                }

                var type = (int)NerLabels.TypeOf(label);
                var continues = t + 1 < set.SentenceStarts[s + 1] && set.Labels[t + 1] == NerLabels.Inside((EntityType)type);
                var part = NerLabels.IsBegin(label) ? (continues ? 0 : 3) : (continues ? 1 : 2);
                result[t] = (byte)(1 + (4 * type) + part);
            }
        }

        return result;
    }

    private static void Decode(NerTrainingSet set, int start, int n, float[] weights, float[] transitions, float[] scores, byte[] back, byte[] labels)
    {
        if (n == 0)
        {
            return;
        }

        for (var i = 0; i < n; i++)
        {
            var o = scores.AsSpan(i * L, L);
            o.Clear();
            for (var k = 0; k < set.Counts[start + i]; k++)
            {
                var row = weights.AsSpan(set.Features[((start + i) * NerFeatures.Stride) + k] * L, L);
                for (var y = 0; y < L; y++)
                {
                    o[y] += row[y];
                }
            }
        }

        for (var y = 0; y < L; y++)
        {
            scores[y] = Allowed(-1, y) ? scores[y] + transitions[y] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    var v = Allowed(p, y) ? scores[((i - 1) * L) + p] + transitions[((p + 1) * L) + y] : float.NegativeInfinity;
                    if (v > best)
                    {
                        best = v;
                        arg = p;
                    }
                }

                scores[(i * L) + y] += best;
                back[(i * L) + y] = (byte)arg;
            }
        }

        // A name may not end the sentence open (at B or I).
        var label = 0;
        for (var y = 1; y < L; y++)
        {
            if (!Open(y) && scores[((n - 1) * L) + y] > scores[((n - 1) * L) + label])
            {
                label = y;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = (byte)label;
            label = back[(i * L) + label];
        }
    }
}
