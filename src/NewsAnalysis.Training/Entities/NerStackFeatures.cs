using NewsAnalysis.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// The features a second (stacked) tagger adds to <see cref="NerFeatures"/>: the labels a first tagger
/// predicted for the word and its neighbours (±2), the label trigram around it, the label with the word, and a
/// sentence-level vote — the entity types the first tagger gave other occurrences of the same word form in the
/// sentence. Ids are hashed into the same buckets as the base features. Stateless and thread-safe.
/// </summary>
internal static class NerStackFeatures
{
    /// <summary>At most this many ids are added per token.</summary>
    public const int Count = 8;

    /// <summary>
    /// Writes the stacked ids of each token after its base ids (<c>features[i * Stride + counts[i] ..]</c>) and
    /// raises <paramref name="counts"/>.
    /// </summary>
    /// <param name="bucketBits">log2 of the bucket count.</param>
    /// <param name="lowerWords">The lower-cased word hash of each token.</param>
    /// <param name="shapes">The short shape hash of each token.</param>
    /// <param name="labels">The first tagger's label of each token.</param>
    /// <param name="features">Base ids, <see cref="NerFeatures.Stride"/> per token.</param>
    /// <param name="counts">Base id counts; each must leave room for <see cref="Count"/> more.</param>
    public static void Add(int bucketBits, ReadOnlySpan<uint> lowerWords, ReadOnlySpan<uint> shapes, ReadOnlySpan<byte> labels, Span<int> features, Span<byte> counts)
    {
        var mask = (1u << bucketBits) - 1;
        var n = labels.Length;
        int Id(uint template, uint a, uint b = 0, uint c = 0) =>
            (int)(NerFeatures.Mix(NerFeatures.Mix(NerFeatures.Mix(NerFeatures.Mix(template * 0x9E3779B1u) ^ a) + b) ^ c) & mask);

        for (var i = 0; i < n; i++)
        {
            // Types the first pass gave the same word form elsewhere in the sentence, as a bit set ("Mensch"
            // tagged PER once makes the other "Mensch" likelier a PER).
            var votes = 0u;
            for (var j = 0; j < n; j++)
            {
                if (j != i && labels[j] != NerLabels.Outside && lowerWords[j] == lowerWords[i])
                {
                    votes |= 1u << (int)NerLabels.TypeOf(labels[j]);
                }
            }

            var f = features.Slice((i * NerFeatures.Stride) + counts[i], Count);
            f[0] = Id(80, Label(labels, i));
            f[1] = Id(81, Label(labels, i - 1));
            f[2] = Id(82, Label(labels, i + 1));
            f[3] = Id(83, Label(labels, i - 2), Label(labels, i - 1));
            f[4] = Id(84, Label(labels, i + 1), Label(labels, i + 2));
            f[5] = Id(85, Label(labels, i - 1), Label(labels, i), Label(labels, i + 1));
            f[6] = Id(86, Label(labels, i), lowerWords[i]);
            f[7] = Id(87, votes, shapes[i]);
            counts[i] += Count;
        }
    }

    /// <summary>The label at <paramref name="i"/>, or a marker for before the start and after the end.</summary>
    private static uint Label(ReadOnlySpan<byte> labels, int i) => i < 0 ? 20u : i >= labels.Length ? 21u : labels[i];
}
