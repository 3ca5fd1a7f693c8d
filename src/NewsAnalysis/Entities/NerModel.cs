using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsAnalysis.Entities;

/// <summary>
/// The weights of the linear sequence tagger: one row of <see cref="NerLabels.Count"/> emission weights per
/// feature bucket and a label-transition matrix (row 0 is the sentence start, row p+1 follows label p).
/// File format (Brotli-compressed): "NERM", version, bucket bits, label count, feature set, scale, transitions as
/// float32, then every weight as int16 times scale (little-endian). Quantising to 16 bits keeps the file a
/// few MB; the runtime expands it to float32 once.
/// </summary>
internal sealed class NerModel
{
    private const uint Magic = 0x4D52454E; // "NERM"
    private const int Version = 2;

    public NerModel(int bucketBits, NerFeatureSet featureSet, float[] weights, float[] transitions)
    {
        BucketBits = bucketBits;
        FeatureSet = featureSet;
        Weights = weights;
        Transitions = transitions;
        if (weights.Length != (1 << bucketBits) * NerLabels.Count || transitions.Length != (NerLabels.Count + 1) * NerLabels.Count)
        {
            throw new ArgumentException("Weight arrays do not match the bucket count and label set.");
        }
    }

    public int BucketBits { get; }

    /// <summary>The optional feature groups the weights were trained with.</summary>
    public NerFeatureSet FeatureSet { get; }

    /// <summary>Emission weights, bucket-major: <c>Weights[bucket * Count + label]</c>.</summary>
    public float[] Weights { get; }

    /// <summary>Transition weights: <c>Transitions[(previous + 1) * Count + label]</c>, previous -1 = start.</summary>
    public float[] Transitions { get; }

    public void Write(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(BucketBits);
        writer.Write(NerLabels.Count);
        writer.Write((int)FeatureSet);
        var max = Weights.Length == 0 ? 0f : Weights.Max(Math.Abs);
        var scale = max > 0 ? max / short.MaxValue : 1f;
        writer.Write(scale);
        foreach (var t in Transitions)
        {
            writer.Write(t);
        }

        var buffer = new byte[Weights.Length * 2];
        for (var i = 0; i < Weights.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(i * 2), (short)Math.Round(Weights[i] / scale));
        }

        writer.Write(buffer);
    }

    public static NerModel Read(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not an NER model of this version.");
        }

        var bits = reader.ReadInt32();
        if (bits is < 10 or > 26 || reader.ReadInt32() != NerLabels.Count)
        {
            throw new InvalidDataException("The NER model's bucket count or label set is not supported.");
        }

        var featureSet = (NerFeatureSet)reader.ReadInt32();
        var scale = reader.ReadSingle();
        var transitions = new float[(NerLabels.Count + 1) * NerLabels.Count];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var weights = new float[(1 << bits) * NerLabels.Count];
        var buffer = new byte[weights.Length * 2];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = brotli.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                throw new InvalidDataException("The NER model is truncated.");
            }

            read += n;
        }

        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = BinaryPrimitives.ReadInt16LittleEndian(buffer.AsSpan(i * 2)) * scale;
        }

        return new NerModel(bits, featureSet, weights, transitions);
    }
}
