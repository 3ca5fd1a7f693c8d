using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsAnalysis.Entities;
using NewsAnalysis.Training.Sentences;

namespace NewsAnalysis.Training.Entities;

/// <summary>The ML.NET multiclass learner behind <see cref="MaxEntTrainer"/>.</summary>
internal enum MaxEntLearner
{
    /// <summary><c>SdcaMaximumEntropy</c>: stochastic dual coordinate ascent.</summary>
    Sdca,

    /// <summary><c>LbfgsMaximumEntropy</c>: quasi-Newton over the whole data set.</summary>
    Lbfgs,
}

/// <summary>
/// The ML.NET alternative to the perceptron: every token is one example for a maximum-entropy (multinomial
/// logistic regression) trainer of ML.NET, with the same hashed features as the perceptron as a sparse vector
/// of 2^bits slots. The per-class weights are exported into our <see cref="NerModel"/> and decoded by the same
/// BIO Viterbi. ML.NET's class biases do not go into a feature bucket (a bucket is shared by hash collisions
/// and quantised to int16) but into every row of the float transition matrix, which adds exactly one bias per
/// token whatever the previous label.
/// With <c>previousLabel</c> the model is a maximum-entropy Markov model: the previous gold label (or the
/// sentence start) is one more one-hot feature in training, and its per-class weights are precisely the
/// transition matrix that Viterbi uses at decode time, so the run-time format and speed do not change.
/// </summary>
internal sealed class MaxEntTrainer(int bucketBits, NerFeatureSet featureSet, MaxEntLearner learner, double l2, int iterations, bool previousLabel)
{
    private const int L = NerLabels.Count;

    /// <summary>The name ML.NET's trainers read the label from (after MapValueToKey).</summary>
    private const string KeyColumn = "Label";

    public NerModel Train(NerTrainingSet data, int seed)
    {
        var context = new MLContext(seed);
        var buckets = 1 << bucketBits;
        var width = buckets + (previousLabel ? L + 1 : 0);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var raw = context.Data.LoadFromEnumerable(Examples(data, buckets), schema);

        // ML.NET's key values are 1-based (0 means missing) and its class i is key i + 1. Instead of relying on
        // that arithmetic, the keys are made by MapValueToKey and every class is mapped back to our label
        // through the key-value annotation below.
        var keyed = context.Transforms.Conversion.MapValueToKey(KeyColumn, nameof(Example.Gold), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(raw).Transform(raw);

        // Both learners pass over the data many times; the cache keeps the sparse vectors instead of
        // enumerating and sorting the features again on every pass.
        var cached = context.Data.Cache(keyed);
        var parameters = Fit(context, cached);
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classes);
        var biases = parameters.GetBiases().ToArray();
        var labelOf = ClassLabels(keyed, classes);

        var weights = new float[buckets * L];
        var transitions = new float[(L + 1) * L];
        for (var c = 0; c < classes; c++)
        {
            var label = labelOf[c];
            foreach (var (index, value) in classWeights[c].Items())
            {
                if (index < buckets)
                {
                    weights[(index * L) + label] = value;
                }
                else
                {
                    // The previous-label slots: slot buckets + p + 1 means "previous label p" (p = -1: start).
                    transitions[((index - buckets) * L) + label] = value;
                }
            }

            for (var previous = 0; previous <= L; previous++)
            {
                transitions[(previous * L) + label] += biases[c];
            }
        }

        // A label the data never shows gets no class: it must never win.
        for (var label = 0; label < L; label++)
        {
            if (Array.IndexOf(labelOf, label) < 0)
            {
                for (var previous = 0; previous <= L; previous++)
                {
                    transitions[(previous * L) + label] = -1e4f;
                }
            }
        }

        return new NerModel(bucketBits, featureSet, weights, transitions);
    }

    private MaximumEntropyModelParameters Fit(MLContext context, IDataView view) => learner switch
    {
        MaxEntLearner.Sdca => context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = KeyColumn,
            FeatureColumnName = nameof(Example.Features),
            L2Regularization = (float)l2,
            MaximumNumberOfIterations = iterations,
            // One thread: SDCA's result then depends only on the seed (and the machine is shared).
            NumberOfThreads = 1,
            Shuffle = true,
        }).Fit(view).Model,
        MaxEntLearner.Lbfgs => context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = KeyColumn,
            FeatureColumnName = nameof(Example.Features),
            L2Regularization = (float)l2,
            L1Regularization = 0,
            MaximumNumberOfIterations = iterations,
            // L-BFGS keeps 2 × history dense copies of all 9 × 2^20 weights: a short history bounds the memory.
            HistorySize = 5,
            NumberOfThreads = 1,
        }).Fit(view).Model,
        _ => throw new ArgumentOutOfRangeException(nameof(learner)),
    };

    /// <summary>Our label of each ML.NET class, read from the key values that MapValueToKey recorded.</summary>
    private static int[] ClassLabels(IDataView keyed, int classes)
    {
        VBuffer<uint> keyValues = default;
        keyed.Schema[KeyColumn].GetKeyValues(ref keyValues);
        var values = keyValues.DenseValues().ToArray();
        if (values.Length != classes)
        {
            throw new InvalidOperationException($"ML.NET returned {classes} classes for {values.Length} label values.");
        }

        return [.. values.Select(v => (int)v)];
    }

    private IEnumerable<Example> Examples(NerTrainingSet data, int buckets)
    {
        var width = buckets + (previousLabel ? L + 1 : 0);
        var ids = new int[NerFeatures.Stride + 1];
        for (var s = 0; s < data.SentenceCount; s++)
        {
            for (var t = data.SentenceStarts[s]; t < data.SentenceStarts[s + 1]; t++)
            {
                int count = data.Counts[t];
                data.Features.AsSpan(t * NerFeatures.Stride, count).CopyTo(ids);
                if (previousLabel)
                {
                    // Training sees the gold previous label (MEMM); decoding searches over all of them.
                    ids[count++] = buckets + (t == data.SentenceStarts[s] ? 0 : data.Labels[t - 1] + 1);
                }

                // Hash collisions inside a token add up (as in the perceptron's sums).
                yield return new Example { Gold = data.Labels[t], Features = BoundaryTrainer.Sparse(ids.AsSpan(0, count), width) };
            }
        }
    }

    private sealed class Example
    {
        /// <summary>Our label number (0 = O, 1 = B-PER, ...), before MapValueToKey.</summary>
        public uint Gold { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
