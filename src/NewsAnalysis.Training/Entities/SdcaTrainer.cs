using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsAnalysis.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// The ML.NET baseline: every token is one example (the same hashed features as the perceptron, as a sparse
/// vector of 2^bits slots) for ML.NET's <c>SdcaMaximumEntropy</c> multiclass trainer. Its per-class weights and
/// biases are exported into our <see cref="NerModel"/> (the bias goes into the bucket of the always-on bias
/// feature) and decoded by the same BIO Viterbi, with zero transition weights: the model has no label context.
/// Known problem: the one GermEval run so far exported a model that tags almost every token PER (F1 0.01),
/// so the mapping of ML.NET's class weights or biases into our rows is still wrong somewhere.
/// </summary>
internal sealed class SdcaTrainer(int bucketBits, NerFeatureSet featureSet, double l2, int iterations)
{
    private const int L = NerLabels.Count;

    public NerModel Train(NerTrainingSet data, int seed)
    {
        var context = new MLContext(seed);
        var buckets = 1 << bucketBits;
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, buckets);
        var view = context.Data.LoadFromEnumerable(Examples(data, buckets), schema);
        var trainer = context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Example.Label),
            FeatureColumnName = nameof(Example.Features),
            L2Regularization = (float)l2,
            MaximumNumberOfIterations = iterations,
            NumberOfThreads = 1,
            Shuffle = true,
        });
        var parameters = trainer.Fit(view).Model;
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classes);
        var biases = parameters.GetBiases().ToArray();
        if (classes != L)
        {
            throw new InvalidOperationException($"ML.NET returned {classes} classes; expected {L}.");
        }

        var weights = new float[buckets * L];
        for (var label = 0; label < L; label++)
        {
            foreach (var (index, value) in classWeights[label].Items())
            {
                weights[(index * L) + label] = value;
            }
        }

        // Our extractor always emits the bias feature Id(1, 0) first; its bucket carries ML.NET's class biases.
        var biasBucket = FirstFeature(data);
        for (var label = 0; label < L; label++)
        {
            weights[(biasBucket * L) + label] += biases[label];
        }

        return new NerModel(bucketBits, featureSet, weights, new float[(L + 1) * L]);
    }

    private static int FirstFeature(NerTrainingSet data) => data.Features[0];

    private static IEnumerable<Example> Examples(NerTrainingSet data, int buckets)
    {
        var indices = new List<int>(NerFeatures.Stride);
        for (var t = 0; t < data.TokenCount; t++)
        {
            // ML.NET wants sorted, distinct indices; hash collisions inside a token add up.
            indices.Clear();
            for (var k = 0; k < data.Counts[t]; k++)
            {
                indices.Add(data.Features[(t * NerFeatures.Stride) + k]);
            }

            indices.Sort();
            var distinct = new List<int>(indices.Count);
            var values = new List<float>(indices.Count);
            foreach (var i in indices)
            {
                if (distinct.Count > 0 && distinct[^1] == i)
                {
                    values[^1] += 1;
                }
                else
                {
                    distinct.Add(i);
                    values.Add(1);
                }
            }

            yield return new Example
            {
                Label = (uint)(data.Labels[t] + 1),
                Features = new VBuffer<float>(buckets, distinct.Count, [.. values], [.. distinct]),
            };
        }
    }

    private sealed class Example
    {
        [KeyType(L)]
        public uint Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
