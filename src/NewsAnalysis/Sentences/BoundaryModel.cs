using System.Buffers.Binary;
using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Sentences;

/// <summary>
/// A linear model that decides whether a sentence ends in a gap, over <see cref="BoundaryFeatures"/>: the sum of
/// the gap's feature weights plus a bias, compared with a threshold. Trained by <c>NewsAnalysis.Training
/// sentences</c>; only the non-zero weights are stored.
/// </summary>
/// <remarks>
/// File format (little-endian): "NASB", int version (1), int hash bits, float bias, float threshold, int count,
/// then <c>count</c> pairs of int index and float weight. Immutable and thread-safe.
/// </remarks>
internal sealed class BoundaryModel
{
    private const int Version = 1;

    private static readonly Lazy<BoundaryModel> s_german = new(() => Load("de"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<BoundaryModel> s_english = new(() => Load("en"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<GapWords> s_noWords = new(
        () => new GapWords(new SpanLexicon(Array.Empty<string>()), new SpanLexicon(Array.Empty<string>()), TokenizerLexicon.Default.SentenceStartersDe),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights;

    // How far a sum of the score's terms in another order may lie from Score's sum in text order (see IsBoundary).
    private readonly double _tolerance;

    public BoundaryModel(int bits, float[] weights, float bias, float threshold, GapWords? words = null)
    {
        Words = words ?? s_noWords.Value;
        if (bits is < 8 or > 24 || weights.Length != 1 << bits)
        {
            throw new ArgumentException("The weight table must hold 2^bits weights, 8 <= bits <= 24.", nameof(weights));
        }

        Bits = bits;
        _weights = weights;
        Bias = bias;
        Threshold = threshold;
        // A float sum of at most n terms, in any order, lies within (n - 1)u / (1 - (n - 1)u) times the sum of their
        // magnitudes of the exact sum (u = 2^-24; Higham, Accuracy and Stability of Numerical Algorithms, 4.2), and
        // a score adds the bias and at most MaxFeatures weights: two such sums lie within twice that of each other.
        var magnitude = Math.Abs((double)bias) + (BoundaryFeatures.MaxFeatures * weights.Max(w => Math.Abs((double)w)));
        var relative = BoundaryFeatures.MaxFeatures * Math.ScaleB(1.0, -24);
        _tolerance = 2 * relative / (1 - relative) * magnitude;
    }

    /// <summary>log2 of the weight table's size.</summary>
    public int Bits { get; }

    /// <summary>The weight table's size minus one (the mask applied to feature hashes).</summary>
    public int Mask => _weights.Length - 1;

    /// <summary>The constant term of the score.</summary>
    public float Bias { get; }

    /// <summary>A gap whose score is above this is a boundary.</summary>
    public float Threshold { get; }

    /// <summary>
    /// The word lists the model was trained with (written by the training command beside the weights):
    /// <see cref="GapWords.LowercaseWords"/>, words mostly written in lower case inside a sentence (German
    /// "daraufhin", "wir", "lecker"; English "thanks", "the"): capitalised after a word, such a word probably opens a
    /// sentence; <see cref="GapWords.InnerWords"/>, frequent words that never end a sentence in the training text
    /// (articles, prepositions, "und"): the model is not asked about the gap after one unless the rules put a
    /// boundary there, which keeps it cheap (a German capital after "der" is the most common gap).
    /// </summary>
    public GapWords Words { get; }

    /// <summary>The shipped model for <paramref name="language"/>, or null when there is none (other languages).</summary>
    public static BoundaryModel? ForLanguage(Language language) => language switch
    {
        Language.German => s_german.Value,
        Language.English => s_english.Value,
        _ => null,
    };

    /// <summary>The score of a gap from its feature indices.</summary>
    public float Score(ReadOnlySpan<int> features)
    {
        var sum = Bias;
        foreach (var f in features)
        {
            sum += _weights[f];
        }

        return sum;
    }

    /// <summary>
    /// Whether a gap with these features is a boundary: <c>Score(features) &gt; Threshold</c> in every case, from four
    /// partial sums whose additions do not wait for each other as Score's chain does; a sum too close to the
    /// threshold to tell (within the rounding error of either order) is left to Score.
    /// </summary>
    public bool IsBoundary(ReadOnlySpan<int> features)
    {
        if (features.Length > BoundaryFeatures.MaxFeatures)
        {
            return Score(features) > Threshold; // beyond the terms the tolerance was computed for
        }

        var weights = _weights;
        float a = 0, b = 0, c = 0, d = 0;
        var k = 0;
        for (; k + 4 <= features.Length; k += 4)
        {
            a += weights[features[k]];
            b += weights[features[k + 1]];
            c += weights[features[k + 2]];
            d += weights[features[k + 3]];
        }

        for (; k < features.Length; k++)
        {
            a += weights[features[k]];
        }

        var sum = (double)Bias + a + b + c + d;
        return Math.Abs(sum - Threshold) > _tolerance ? sum > Threshold : Score(features) > Threshold;
    }

    /// <summary>The same model with another threshold.</summary>
    public BoundaryModel WithThreshold(float threshold) => new(Bits, _weights, Bias, threshold, Words);

    /// <summary>A copy of the weight table (training re-thresholds a fitted model with it).</summary>
    public float[] CopyWeights() => (float[])_weights.Clone();

    /// <summary>Writes the model in the format <see cref="Read"/> reads.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.ASCII, leaveOpen: true);
        writer.Write("NASB"u8);
        writer.Write(Version);
        writer.Write(Bits);
        writer.Write(Bias);
        writer.Write(Threshold);
        writer.Write(_weights.Count(w => w != 0));
        for (var k = 0; k < _weights.Length; k++)
        {
            if (_weights[k] != 0)
            {
                writer.Write(k);
                writer.Write(_weights[k]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static BoundaryModel Read(Stream stream, GapWords? words = null)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        if (bytes.Length < 24 || !bytes[..4].SequenceEqual("NASB"u8) || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != Version)
        {
            throw new InvalidDataException("Not a sentence-boundary model (version 1).");
        }

        var bits = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        var bias = BinaryPrimitives.ReadSingleLittleEndian(bytes[12..]);
        var threshold = BinaryPrimitives.ReadSingleLittleEndian(bytes[16..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[20..]);
        if (bits is < 8 or > 24 || count < 0 || bytes.Length != 24 + (8L * count))
        {
            throw new InvalidDataException("The sentence-boundary model is damaged.");
        }

        var weights = new float[1 << bits];
        for (var k = 0; k < count; k++)
        {
            var at = 24 + (8 * k);
            var index = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
            if ((uint)index >= (uint)weights.Length)
            {
                throw new InvalidDataException("The sentence-boundary model is damaged.");
            }

            weights[index] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(at + 4)..]);
        }

        return new BoundaryModel(bits, weights, bias, threshold, words);
    }

    /// <summary>
    /// A word list as the model reads it: each lower-case word and its capitalised form ("die", "Die"), looked up
    /// ordinally. A case-insensitive look-up folds every character and costs several times as much, and the
    /// splitter asks for most capitalised words of a German text.
    /// </summary>
    public static SpanLexicon WordList(IEnumerable<string> lowerCaseWords) =>
        new(lowerCaseWords.SelectMany(w => new[] { w, w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w }));

    private static BoundaryModel Load(string code)
    {
        var words = WordList(EmbeddedResources.ReadLines($"Sentences/lowercase-words.{code}.txt"));
        var inner = WordList(EmbeddedResources.ReadLines($"Sentences/inner-words.{code}.txt"));
        using var stream = EmbeddedResources.Open($"Sentences/boundary-model.{code}.bin");
        return Read(stream, new GapWords(words, inner, TokenizerLexicon.Default.SentenceStartersDe));
    }
}
