using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsAnalysis.Entities;

/// <summary>
/// The weights of the linear sequence tagger: one row of <see cref="NerLabels.Count"/> emission weights per
/// feature bucket and a label-transition matrix (row 0 is the sentence start, row p+1 follows label p).
/// File format (Brotli-compressed, little-endian): payload length, "NERM", version, bucket bits, label count,
/// feature set, scale, transitions as float32, then only the rows that have a weight (gap to the previous
/// row, label mask, int16 values = weight / scale). Quantising to 16 bits and skipping empty rows keeps the
/// file a few MB and the load fast; the runtime keeps the int16 values and scales the sums.
/// </summary>
internal sealed class NerModel
{
    private const uint Magic = 0x4D52454E; // "NERM"
    private const int Version = 3;

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

    /// <summary>A model read from a file: int16 weights, <c>weight = Quantized[i] * Scale</c>.</summary>
    public NerModel(int bucketBits, NerFeatureSet featureSet, short[] quantized, float scale, float[] transitions)
    {
        BucketBits = bucketBits;
        FeatureSet = featureSet;
        Quantized = quantized;
        Scale = scale;
        Weights = [];
        Transitions = transitions;
        if (quantized.Length != (1 << bucketBits) * NerLabels.Count || transitions.Length != (NerLabels.Count + 1) * NerLabels.Count)
        {
            throw new ArgumentException("Weight arrays do not match the bucket count and label set.");
        }
    }

    public int BucketBits { get; }

    /// <summary>The int16 weights of a model read from a file (null while training).</summary>
    public short[]? Quantized { get; }

    /// <summary>The factor from <see cref="Quantized"/> to weights.</summary>
    public float Scale { get; } = 1;

    /// <summary>The optional feature groups the weights were trained with.</summary>
    public NerFeatureSet FeatureSet { get; }

    /// <summary>Emission weights, bucket-major: <c>Weights[bucket * Count + label]</c> (empty for a model read from a file).</summary>
    public float[] Weights { get; }

    /// <summary>Transition weights: <c>Transitions[(previous + 1) * Count + label]</c>, previous -1 = start.</summary>
    public float[] Transitions { get; }

    public void Write(Stream stream)
    {
        if (Quantized is not null)
        {
            throw new InvalidOperationException("Only a trained model is written.");
        }

        var max = Weights.Length == 0 ? 0f : Weights.Max(Math.Abs);
        var scale = max > 0 ? max / short.MaxValue : 1f;
        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(BucketBits);
            writer.Write(NerLabels.Count);
            writer.Write((int)FeatureSet);
            writer.Write(scale);
            foreach (var t in Transitions)
            {
                writer.Write(t);
            }

            // Most buckets have no weight for most labels (nine in ten weights are zero): only rows with a
            // weight are written, each as the gap to the previous row, a mask of its labels and their values.
            var previous = -1;
            Span<short> row = stackalloc short[NerLabels.Count];
            for (var bucket = 0; bucket < 1 << BucketBits; bucket++)
            {
                var mask = 0;
                for (var label = 0; label < NerLabels.Count; label++)
                {
                    row[label] = (short)Math.Round(Weights[(bucket * NerLabels.Count) + label] / scale);
                    mask |= row[label] != 0 ? 1 << label : 0;
                }

                if (mask == 0)
                {
                    continue;
                }

                writer.Write7BitEncodedInt(bucket - previous - 1);
                writer.Write((ushort)mask);
                for (var label = 0; label < NerLabels.Count; label++)
                {
                    if (row[label] != 0)
                    {
                        writer.Write(row[label]);
                    }
                }

                previous = bucket;
            }
        }

        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, (int)payload.Length);
        brotli.Write(length);
        brotli.Write(payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    // Runs once per process over a million values: compiled fully optimised at once, not in tier 0 first.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static NerModel Read(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        Span<byte> lengthBytes = stackalloc byte[4];
        brotli.ReadExactly(lengthBytes);
        var length = BinaryPrimitives.ReadInt32LittleEndian(lengthBytes);
        if (length is < 32 or > 256 << 20)
        {
            throw new InvalidDataException("Not an NER model.");
        }

        var payload = new byte[length];
        brotli.ReadExactly(payload);
        var p = 0;
        int NextInt()
        {
            var v = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(p));
            p += 4;
            return v;
        }

        float NextFloat()
        {
            var v = BinaryPrimitives.ReadSingleLittleEndian(payload.AsSpan(p));
            p += 4;
            return v;
        }

        if ((uint)NextInt() != Magic || NextInt() != Version)
        {
            throw new InvalidDataException("Not an NER model of this version.");
        }

        var bits = NextInt();
        if (bits is < 10 or > 26 || NextInt() != NerLabels.Count)
        {
            throw new InvalidDataException("The NER model's bucket count or label set is not supported.");
        }

        var featureSet = (NerFeatureSet)NextInt();
        var scale = NextFloat();
        var transitions = new float[(NerLabels.Count + 1) * NerLabels.Count];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = NextFloat();
        }

        // The weights stay int16 at run time: half the memory of float32 and no conversion pass at load.
        var quantized = new short[(1 << bits) * NerLabels.Count];
        var bucket = -1;
        while (p < payload.Length)
        {
            var gap = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = payload[p++];
                gap |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            bucket += gap + 1;
            var mask = BinaryPrimitives.ReadUInt16LittleEndian(payload.AsSpan(p));
            p += 2;
            if ((uint)bucket >= 1u << bits || mask >= 1 << NerLabels.Count)
            {
                throw new InvalidDataException("The NER model is damaged.");
            }

            for (var label = 0; label < NerLabels.Count; label++)
            {
                if ((mask & (1 << label)) != 0)
                {
                    quantized[(bucket * NerLabels.Count) + label] = BinaryPrimitives.ReadInt16LittleEndian(payload.AsSpan(p));
                    p += 2;
                }
            }
        }

        return new NerModel(bits, featureSet, quantized, scale, transitions);
    }
}
