using System.Buffers.Binary;

namespace NewsAnalysis.Languages;

// The trainer (NewsAnalysis.Training) writes the model with the same code that reads it, so the format has
// exactly one definition.

/// <summary>
/// The character n-gram model behind <see cref="LanguageDetector"/>: for each hashed feature bucket and each of
/// German, English and "other", the cost (negative log probability, quantised to a byte) of seeing that bucket,
/// plus the calibration the trainer measured on held-out text.
/// </summary>
/// <remarks>
/// Immutable once built. Written by NewsAnalysis.Training (<c>language</c> command) and shipped as the embedded
/// resource <see cref="ResourcePath"/>. Format (little-endian): "NALM", version, bucket bits, n-gram order,
/// cost step, the calibration, then bucket-major costs (German, English, Other for bucket 0, then bucket 1 ...),
/// so that one feature's three costs share a cache line.
/// </remarks>
internal sealed class LanguageModel
{
    /// <summary>The model's path below <c>Resources/</c>.</summary>
    public const string ResourcePath = "Languages/language-model.bin";

    /// <summary>Index of German in a bucket's costs.</summary>
    public const int German = 0;

    /// <summary>Index of English in a bucket's costs.</summary>
    public const int English = 1;

    /// <summary>Index of the "other" profile (other languages and junk) in a bucket's costs.</summary>
    public const int Other = 2;

    /// <summary>Costs per bucket.</summary>
    public const int ClassCount = 3;

    private const uint Magic = 0x4D4C414E; // "NALM" read little-endian
    private const int FormatVersion = 1;

    private readonly byte[] _costs;

    /// <summary>Builds a model (the trainer does this; the library reads one with <see cref="Read"/>).</summary>
    public LanguageModel(int bucketBits, int maxOrder, float costStep, LanguageCalibration calibration, byte[] costs)
    {
        if (bucketBits is < 8 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(bucketBits), bucketBits, "Between 8 and 24.");
        }

        if (maxOrder is < 1 or > LanguageFeatures.MaxSupportedOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(maxOrder), maxOrder, $"Between 1 and {LanguageFeatures.MaxSupportedOrder}.");
        }

        if (!(costStep > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(costStep), costStep, "Positive.");
        }

        if (costs.Length != (1 << bucketBits) * ClassCount)
        {
            throw new ArgumentException($"Expected {(1 << bucketBits) * ClassCount} costs, got {costs.Length}.", nameof(costs));
        }

        BucketBits = bucketBits;
        MaxOrder = maxOrder;
        CostStep = costStep;
        Calibration = calibration;
        _costs = costs;
    }

    /// <summary>log2 of the number of buckets.</summary>
    public int BucketBits { get; }

    /// <summary>The number of buckets minus one.</summary>
    public int BucketMask => (1 << BucketBits) - 1;

    /// <summary>The longest character n-gram, counting the boundary marks.</summary>
    public int MaxOrder { get; }

    /// <summary>Nats per cost unit: a stored cost c means a log probability of <c>-c * CostStep</c>.</summary>
    public float CostStep { get; }

    /// <summary>How the costs are turned into a decision.</summary>
    public LanguageCalibration Calibration { get; }

    /// <summary>The costs, bucket-major (<see cref="ClassCount"/> per bucket); an array for the detector's hot loop, never written to.</summary>
    internal byte[] CostArray => _costs;

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LanguageModel Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        stream.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            throw new InvalidDataException("Not a NewsAnalysis language model.");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Language model format {version} is not supported (expected {FormatVersion}).");
        }

        var bucketBits = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var maxOrder = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var step = BinaryPrimitives.ReadSingleLittleEndian(header[16..]);
        var calibration = new LanguageCalibration(
            OtherMargin: BinaryPrimitives.ReadSingleLittleEndian(header[20..]),
            OtherOffset: BinaryPrimitives.ReadSingleLittleEndian(header[24..]),
            FunctionWordWeight: BinaryPrimitives.ReadSingleLittleEndian(header[28..]),
            MinimumFeatures: BinaryPrimitives.ReadInt32LittleEndian(header[32..]),
            MinimumFit: BinaryPrimitives.ReadSingleLittleEndian(header[36..]));
        if (bucketBits is < 8 or > 24)
        {
            throw new InvalidDataException($"Language model bucket bits {bucketBits} out of range.");
        }

        var costs = new byte[(1 << bucketBits) * ClassCount];
        stream.ReadExactly(costs);
        return new LanguageModel(bucketBits, maxOrder, step, calibration, costs);
    }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public void Write(Stream stream)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], BucketBits);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], MaxOrder);
        BinaryPrimitives.WriteSingleLittleEndian(header[16..], CostStep);
        BinaryPrimitives.WriteSingleLittleEndian(header[20..], Calibration.OtherMargin);
        BinaryPrimitives.WriteSingleLittleEndian(header[24..], Calibration.OtherOffset);
        BinaryPrimitives.WriteSingleLittleEndian(header[28..], Calibration.FunctionWordWeight);
        BinaryPrimitives.WriteInt32LittleEndian(header[32..], Calibration.MinimumFeatures);
        BinaryPrimitives.WriteSingleLittleEndian(header[36..], Calibration.MinimumFit);
        stream.Write(header);
        stream.Write(_costs);
    }

    private const int HeaderSize = 40;
}

/// <summary>How the detector turns model costs into a decision; measured by the trainer on held-out text.</summary>
/// <param name="OtherMargin">
/// Nats per feature by which the "other" profile must beat the better of German and English before a text is
/// called other. Positive: the pipeline reads German and English, so doubt goes to them.
/// </param>
/// <param name="OtherOffset">A fixed number of nats added to that threshold, so that a handful of features is not enough to call a text other.</param>
/// <param name="FunctionWordWeight">Nats of extra evidence per function word of a language.</param>
/// <param name="MinimumFeatures">Fewer features than this and the text is other (too little to tell).</param>
/// <param name="MinimumFit">
/// The lowest average log-likelihood per feature (nats) that German or English may have; below it the text fits
/// neither (keyboard mash, base64, a script or language unlike all the profiles) and is other.
/// </param>
internal readonly record struct LanguageCalibration(float OtherMargin, float OtherOffset, float FunctionWordWeight, int MinimumFeatures, float MinimumFit);
