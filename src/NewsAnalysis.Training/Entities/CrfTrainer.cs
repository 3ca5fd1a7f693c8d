using NewsAnalysis.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Linear-chain conditional random field (Lafferty et al. 2001) over the same hashed features, emissions and
/// BIO constraints as the perceptron, trained by stochastic gradient descent on the L2-regularised negative
/// log-likelihood. Unlike the perceptron, which only moves on a wrong Viterbi path, every sentence pulls the
/// label marginals (forward-backward) towards its gold labels, and the L2 term shrinks weights that the data
/// does not keep supporting — the remedy for the perceptron's over-fitting that the README documents. The
/// result is exported in the same <see cref="NerModel"/> format (int16 rows + float transitions), so decoding
/// and its speed do not change. Sentences are visited in a fixed pseudo-random order per epoch (deterministic).
/// </summary>
/// <param name="bucketBits">log2 of the hash table.</param>
/// <param name="featureSet">The optional feature groups.</param>
/// <param name="l2">The L2 coefficient c of <c>c·|w|²</c> over the whole training set.</param>
/// <param name="rate">The initial learning rate; after t sentences it is <c>rate / (1 + rate·λ·t + decay·epochs)</c>
/// (Bottou 2012 plus a decay per epoch: with λ alone the rate hardly falls and the last weights stay noisy).</param>
/// <param name="decay">How fast the rate falls per epoch.</param>
/// <param name="averageFrom">From this epoch on (0: never) the returned weights are the mean of the weights
/// after each epoch, which smooths the epoch-to-epoch noise of plain SGD.</param>
internal sealed class CrfTrainer(int bucketBits, NerFeatureSet featureSet, NewsAnalysis.Languages.Language language, double l2, double rate, double decay, int averageFrom = 0)
{
    private const int L = NerLabels.Count;

    /// <summary>Below this a label's gradient at a token is skipped: saves most updates once the model is confident.</summary>
    private const double MinGradient = 1e-4;

    /// <summary>Trains for <paramref name="epochs"/> passes; <paramref name="afterEpoch"/> sees the model after each.</summary>
    public NerModel Train(NerTrainingSet data, int epochs, int seed, Action<int, NerModel>? afterEpoch = null)
    {
        // The stored weights times `scale` are the true emission weights: the L2 shrinkage of every weight
        // after each step is one multiplication of `scale` instead of a pass over a million rows.
        var weights = new float[(1 << bucketBits) * L];
        var scale = 1d;
        var transitions = new float[(L + 1) * L];
        var tagger = new NerTagger(new NerModel(bucketBits, featureSet, weights, transitions), language);
        var order = Enumerable.Range(0, data.SentenceCount).ToArray();
        var random = new Random(seed);
        var maxLength = Enumerable.Range(0, data.SentenceCount).Max(s => data.SentenceStarts[s + 1] - data.SentenceStarts[s]);
        var emissions = new float[maxLength * L];
        var alpha = new double[maxLength * L];
        var beta = new double[maxLength * L];
        var lambda = 2 * l2 / data.SentenceCount;
        var step = 0L;
        NerModel? model = null, sum = null;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0d;
            foreach (var s in order)
            {
                var start = data.SentenceStarts[s];
                var n = data.SentenceStarts[s + 1] - start;
                if (n == 0)
                {
                    continue;
                }

                var eta = rate / (1 + (rate * lambda * step) + (decay * step / data.SentenceCount));
                step++;
                var features = data.Features.AsSpan(start * NerFeatures.Stride, n * NerFeatures.Stride).ToArray();
                var counts = data.Counts.AsSpan(start, n).ToArray();
                var gold = data.Labels.AsSpan(start, n);
                tagger.Emissions(features, counts, n, emissions);
                for (var i = 0; i < n * L; i++)
                {
                    emissions[i] *= (float)scale;
                }

                var logZ = ForwardBackward(emissions, transitions, n, alpha, beta);
                loss += logZ - GoldScore(emissions, transitions, gold);

                // Shrink first, then step: the step is divided by the new scale so that it lands unshrunk.
                scale *= 1 - (eta * lambda);
                if (scale < 1e-6)
                {
                    for (var i = 0; i < weights.Length; i++)
                    {
                        weights[i] = (float)(weights[i] * scale);
                    }

                    scale = 1;
                }

                var stepOverScale = eta / scale;
                for (var i = 0; i < n; i++)
                {
                    var baseIndex = i * NerFeatures.Stride;
                    for (var y = 0; y < L; y++)
                    {
                        var g = (gold[i] == y ? 1 : 0) - Math.Exp(alpha[(i * L) + y] + beta[(i * L) + y] - logZ);
                        if (Math.Abs(g) < MinGradient)
                        {
                            continue;
                        }

                        var delta = (float)(stepOverScale * g);
                        for (var k = 0; k < counts[i]; k++)
                        {
                            weights[(features[baseIndex + k] * L) + y] += delta;
                        }
                    }
                }

                UpdateTransitions(emissions, transitions, gold, n, alpha, beta, logZ, eta);
            }

            model = Scaled(weights, scale, transitions);
            if (averageFrom > 0 && epoch >= averageFrom)
            {
                sum = sum is null ? model : Add(sum, model);
                var snapshots = epoch - averageFrom + 1;
                model = new NerModel(bucketBits, featureSet, [.. sum.Weights.Select(w => w / snapshots)], [.. sum.Transitions.Select(t => t / snapshots)]);
            }

            afterEpoch?.Invoke(epoch, model);
            Console.Error.WriteLine($"epoch {epoch}: loss {loss / data.SentenceCount:0.0000} per sentence");
        }

        return model ?? Scaled(weights, scale, transitions);
    }

    /// <summary>
    /// Fills the log forward and backward scores under the BIO constraints (a forbidden transition has
    /// probability 0, exactly the paths Viterbi never takes) and returns log Z.
    /// </summary>
    internal static double ForwardBackward(float[] emissions, float[] transitions, int n, double[] alpha, double[] beta)
    {
        Span<double> terms = stackalloc double[L];
        for (var y = 0; y < L; y++)
        {
            alpha[y] = NerLabels.Allowed(-1, y) ? emissions[y] + transitions[y] : double.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < L; y++)
            {
                for (var p = 0; p < L; p++)
                {
                    terms[p] = NerLabels.Allowed(p, y) ? alpha[((i - 1) * L) + p] + transitions[((p + 1) * L) + y] : double.NegativeInfinity;
                }

                alpha[(i * L) + y] = emissions[(i * L) + y] + LogSumExp(terms);
            }
        }

        for (var y = 0; y < L; y++)
        {
            beta[((n - 1) * L) + y] = 0;
        }

        for (var i = n - 2; i >= 0; i--)
        {
            for (var p = 0; p < L; p++)
            {
                for (var y = 0; y < L; y++)
                {
                    terms[y] = NerLabels.Allowed(p, y)
                        ? transitions[((p + 1) * L) + y] + emissions[((i + 1) * L) + y] + beta[((i + 1) * L) + y]
                        : double.NegativeInfinity;
                }

                beta[(i * L) + p] = LogSumExp(terms);
            }
        }

        return LogSumExp(alpha.AsSpan((n - 1) * L, L));
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0d;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }

    private static double GoldScore(float[] emissions, float[] transitions, ReadOnlySpan<byte> gold)
    {
        var score = 0d;
        for (var i = 0; i < gold.Length; i++)
        {
            var previous = i == 0 ? 0 : gold[i - 1] + 1;
            score += emissions[(i * L) + gold[i]] + transitions[(previous * L) + gold[i]];
        }

        return score;
    }

    /// <summary>Moves each transition by its gold count minus its expected count (not regularised: 90 weights).</summary>
    private static void UpdateTransitions(float[] emissions, float[] transitions, ReadOnlySpan<byte> gold, int n, double[] alpha, double[] beta, double logZ, double eta)
    {
        var gradient = new double[transitions.Length];
        for (var y = 0; y < L; y++)
        {
            gradient[y] -= Math.Exp(alpha[y] + beta[y] - logZ);
        }

        for (var i = 1; i < n; i++)
        {
            for (var p = 0; p < L; p++)
            {
                for (var y = 0; y < L; y++)
                {
                    if (NerLabels.Allowed(p, y))
                    {
                        var t = ((p + 1) * L) + y;
                        gradient[t] -= Math.Exp(alpha[((i - 1) * L) + p] + transitions[t] + emissions[(i * L) + y] + beta[(i * L) + y] - logZ);
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            gradient[((i == 0 ? 0 : gold[i - 1] + 1) * L) + gold[i]] += 1;
        }

        for (var t = 0; t < transitions.Length; t++)
        {
            transitions[t] += (float)(eta * gradient[t]);
        }
    }

    private static NerModel Add(NerModel a, NerModel b) => new(
        a.BucketBits, a.FeatureSet, [.. a.Weights.Zip(b.Weights, (x, y) => x + y)], [.. a.Transitions.Zip(b.Transitions, (x, y) => x + y)]);

    private NerModel Scaled(float[] weights, double scale, float[] transitions)
    {
        var w = new float[weights.Length];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)(weights[i] * scale);
        }

        return new NerModel(bucketBits, featureSet, w, [.. transitions]);
    }
}
