using NewsAnalysis.Languages;

namespace NewsAnalysis.Training.Languages;

/// <summary>
/// Counts hashed features per class (German, English, Other) and turns the counts into a
/// <see cref="LanguageModel"/>: naive Bayes with each class's distribution over the buckets smoothed towards
/// the uniform one.
/// </summary>
internal sealed class LanguageModelTrainer
{
    private readonly long[][] _counts;

    public LanguageModelTrainer(int bucketBits, int maxOrder)
    {
        BucketBits = bucketBits;
        MaxOrder = maxOrder;
        _counts = Enumerable.Range(0, LanguageModel.ClassCount).Select(_ => new long[1 << bucketBits]).ToArray();
    }

    public int BucketBits { get; }

    public int MaxOrder { get; }

    /// <summary>Feature counts of one class (bucket-indexed).</summary>
    public ReadOnlySpan<long> Counts(int languageClass) => _counts[languageClass];

    /// <summary>Counts the features of <paramref name="text"/> for <paramref name="language"/>.</summary>
    public void Add(Language language, string text, int weight = 1)
    {
        var sink = new CountingSink(_counts[ClassOf(language)], weight);
        LanguageFeatures.Extract(text, (1 << BucketBits) - 1, MaxOrder, ref sink);
    }

    /// <summary>Adds another trainer's counts (same shape) times <paramref name="factor"/> (-1 removes them).</summary>
    public void Add(LanguageModelTrainer other, int factor)
    {
        for (var c = 0; c < LanguageModel.ClassCount; c++)
        {
            var from = other._counts[c];
            var to = _counts[c];
            for (var b = 0; b < to.Length; b++)
            {
                to[b] += factor * from[b];
            }
        }
    }

    public static int ClassOf(Language language) => language switch
    {
        Language.German => LanguageModel.German,
        Language.English => LanguageModel.English,
        _ => LanguageModel.Other,
    };

    /// <summary>
    /// The model: per class, P(bucket) = (1 - λ) · count / total + λ / buckets, stored as a cost −ln P quantised
    /// in steps of <paramref name="costStep"/> nats.
    /// </summary>
    /// <param name="smoothing">λ per class (German, English, Other). A large λ makes a flat profile that fits
    /// unknown text about as well as known text, which is what the "other" class is for.</param>
    /// <param name="costStep">Nats per stored unit; 255 units must cover the cost of an unseen bucket.</param>
    /// <param name="calibration">The decision parameters to store with the model.</param>
    public LanguageModel Build(IReadOnlyList<double> smoothing, float costStep, LanguageCalibration calibration)
    {
        var buckets = 1 << BucketBits;
        var costs = new byte[buckets * LanguageModel.ClassCount];
        for (var c = 0; c < LanguageModel.ClassCount; c++)
        {
            var counts = _counts[c];
            double total = 0;
            foreach (var n in counts)
            {
                total += n;
            }

            var lambda = total == 0 ? 1.0 : smoothing[c];
            for (var b = 0; b < buckets; b++)
            {
                var p = (total == 0 ? 0 : (1 - lambda) * counts[b] / total) + lambda / buckets;
                var cost = Math.Round(-Math.Log(p) / costStep, MidpointRounding.AwayFromZero);
                costs[b * LanguageModel.ClassCount + c] = (byte)Math.Clamp(cost, 0, 255);
            }
        }

        return new LanguageModel(BucketBits, MaxOrder, costStep, calibration, costs);
    }

    private readonly struct CountingSink(long[] counts, int weight) : ILanguageFeatureSink
    {
        public void Feature(int bucket) => counts[bucket] += weight;

        public void Word(ReadOnlySpan<char> word)
        {
        }
    }
}
