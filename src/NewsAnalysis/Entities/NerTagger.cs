using System.Buffers;
using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

/// <summary>
/// Applies a <see cref="NerModel"/> to a sentence: sums the emission weights of each token's hashed features,
/// then finds the best label sequence with Viterbi under the BIO constraint (I-X only after B-X or I-X), so
/// no invalid sequence can come out. Long run-on "sentences" are tagged in windows of
/// <see cref="MaxWindow"/> tokens so junk input cannot blow up the working memory. Scratch arrays are
/// rented per call; the tagger itself is immutable and thread-safe, and the result depends only on the input.
/// </summary>
internal sealed class NerTagger
{
    /// <summary>The longest stretch of tokens decoded at once.</summary>
    public const int MaxWindow = 256;

    private const int L = NerLabels.Count;

    private readonly NerModel _model;
    private readonly NerFeatures _features;

    public NerTagger(NerModel model, Language language)
    {
        _model = model;
        _features = Features(model.BucketBits, model.FeatureSet, language);
    }

    /// <summary>The feature extractor for a feature set (the trainer uses the same).</summary>
    public static NerFeatures Features(int bucketBits, NerFeatureSet set, Language language) =>
        new(bucketBits, set.HasFlag(NerFeatureSet.Gazetteer) ? NerGazetteer.ForLanguage(language) : null, set.HasFlag(NerFeatureSet.CharacterNgrams),
            set.HasFlag(NerFeatureSet.Clusters) ? WordClusters.ForLanguage(language) : null, set.HasFlag(NerFeatureSet.LowerCaseNames));


    /// <summary>Writes one label per token into <paramref name="labels"/>.</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<byte> labels)
    {
        for (var start = 0; start < tokens.Length; start += MaxWindow)
        {
            var length = Math.Min(MaxWindow, tokens.Length - start);
            TagWindow(text, tokens.Slice(start, length), labels.Slice(start, length));
        }
    }

    private void TagWindow(string text, ReadOnlySpan<Token> tokens, Span<byte> labels)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        var features = ArrayPool<int>.Shared.Rent(n * NerFeatures.Stride);
        var counts = ArrayPool<byte>.Shared.Rent(n);
        var words = ArrayPool<NerFeatures.WordHashes>.Shared.Rent(n);
        var scores = ArrayPool<float>.Shared.Rent(n * L);
        var back = ArrayPool<byte>.Shared.Rent(n * L);
        try
        {
            _features.Extract(text, tokens, features, counts, words);
            Emissions(features, counts, n, scores);
            Viterbi(scores, n, _model.Transitions, back, labels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(features);
            ArrayPool<byte>.Shared.Return(counts);
            ArrayPool<NerFeatures.WordHashes>.Shared.Return(words);
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    /// <summary>Sums the weight rows of each token's features: <c>scores[i * L + label]</c>.</summary>
    internal void Emissions(int[] features, byte[] counts, int n, float[] scores)
    {
        if (_model.Quantized is { } quantized)
        {
            QuantizedEmissions(quantized, _model.Scale, features, counts, n, scores);
            return;
        }

        var weights = _model.Weights;
        for (var i = 0; i < n; i++)
        {
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
            var baseIndex = i * NerFeatures.Stride;
            for (var k = 0; k < counts[i]; k++)
            {
                var w = weights.AsSpan(features[baseIndex + k] * L, L);
                s0 += w[0]; s1 += w[1]; s2 += w[2]; s3 += w[3]; s4 += w[4];
                s5 += w[5]; s6 += w[6]; s7 += w[7]; s8 += w[8];
            }

            var o = scores.AsSpan(i * L, L);
            o[0] = s0; o[1] = s1; o[2] = s2; o[3] = s3; o[4] = s4; o[5] = s5; o[6] = s6; o[7] = s7; o[8] = s8;
        }
    }

    /// <summary>The run-time path: integer sums of the int16 rows (exact, so the order cannot change a result), scaled once.</summary>
    private static void QuantizedEmissions(short[] weights, float scale, int[] features, byte[] counts, int n, float[] scores)
    {
        for (var i = 0; i < n; i++)
        {
            int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
            var baseIndex = i * NerFeatures.Stride;
            for (var k = 0; k < counts[i]; k++)
            {
                var w = weights.AsSpan(features[baseIndex + k] * L, L);
                s0 += w[0]; s1 += w[1]; s2 += w[2]; s3 += w[3]; s4 += w[4];
                s5 += w[5]; s6 += w[6]; s7 += w[7]; s8 += w[8];
            }

            var o = scores.AsSpan(i * L, L);
            o[0] = s0 * scale; o[1] = s1 * scale; o[2] = s2 * scale; o[3] = s3 * scale; o[4] = s4 * scale;
            o[5] = s5 * scale; o[6] = s6 * scale; o[7] = s7 * scale; o[8] = s8 * scale;
        }
    }

    /// <summary>
    /// Best BIO-valid path through per-token label scores plus transitions; ties go to the lower label, so
    /// the result is deterministic. <paramref name="scores"/> is overwritten with path scores.
    /// </summary>
    internal static void Viterbi(float[] scores, int n, float[] transitions, byte[] back, Span<byte> labels)
    {
        for (var y = 0; y < L; y++)
        {
            scores[y] = NerLabels.Allowed(-1, y) ? scores[y] + transitions[y] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            var previous = scores.AsSpan((i - 1) * L, L);
            var current = scores.AsSpan(i * L, L);
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    if (!NerLabels.Allowed(p, y))
                    {
                        continue;
                    }

                    var s = previous[p] + transitions[((p + 1) * L) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                current[y] += best;
                back[(i * L) + y] = (byte)arg;
            }
        }

        var last = scores.AsSpan((n - 1) * L, L);
        var label = 0;
        for (var y = 1; y < L; y++)
        {
            if (last[y] > last[label])
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
