using System.Runtime.CompilerServices;
using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

/// <summary>
/// Turns the words of a sentence into hashed sparse feature ids, the same way for training and at run time:
/// word and lower-cased word, shapes (full "Xxxx"/"dd.dd" and short "Xx"), prefixes and suffixes up to four
/// characters, the words and shapes of the neighbours (±2), word bigrams, capitalisation in context (first
/// word of the sentence, the word before a capitalised word, the word after it). Ids are bucket numbers
/// (hash modulo 2^bits); nothing is allocated per word. Immutable and thread-safe.
/// </summary>
internal sealed class NerFeatures
{
    /// <summary>Room reserved per token in the flat feature array.</summary>
    public const int Stride = 112;

    private const uint Seed = 2166136261;
    private const uint Before1 = 0x5bd1e995, Before2 = 0x1b873593, After1 = 0xcc9e2d51, After2 = 0xe6546b64;

    private readonly uint _mask;
    private readonly NerGazetteer? _gazetteer;
    private readonly bool _ngrams;
    private readonly WordClusters? _clusters;
    private readonly bool _lowerCaseNames;

    /// <param name="bucketBits">log2 of the number of buckets.</param>
    /// <param name="gazetteer">Adds gazetteer-membership features (see <see cref="NerFeatureSet"/>), or null.</param>
    /// <param name="characterNgrams">Adds character trigrams of the word.</param>
    /// <param name="clusters">Adds word-cluster features, or null.</param>
    /// <param name="lowerCaseNames">Adds the name flags of a lower-case word's capitalised form (needs the gazetteer).</param>
    public NerFeatures(int bucketBits, NerGazetteer? gazetteer = null, bool characterNgrams = false, WordClusters? clusters = null, bool lowerCaseNames = false)
    {
        _lowerCaseNames = lowerCaseNames && gazetteer is not null;
        _clusters = clusters;
        _gazetteer = gazetteer;
        _ngrams = characterNgrams;
        if (bucketBits is < 10 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(bucketBits), bucketBits, "Bucket bits must be 10..26.");
        }

        BucketBits = bucketBits;
        _mask = (1u << bucketBits) - 1;
    }

    /// <summary>log2 of the number of buckets.</summary>
    public int BucketBits { get; }

    /// <summary>
    /// Computes the features of every token: token i's ids are <c>features[i * Stride .. i * Stride + counts[i]]</c>.
    /// </summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The sentence (or window) tokens.</param>
    /// <param name="features">At least <c>tokens.Length * Stride</c> ids.</param>
    /// <param name="counts">At least <c>tokens.Length</c> counts.</param>
    /// <param name="words">Scratch, at least <c>tokens.Length</c>.</param>
    public void Extract(string text, ReadOnlySpan<Token> tokens, Span<int> features, Span<byte> counts, Span<WordHashes> words)
    {
        var n = tokens.Length;
        for (var i = 0; i < n; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            words[i] = WordHashes.Of(word);
            words[i].Gazetteer = _gazetteer is null ? 0 : (uint)_gazetteer.Lookup(word);
            words[i].Genitive = _gazetteer is null ? 0 : GenitiveFlags(word);
            words[i].LowerName = _lowerCaseNames ? LowerCaseNameFlags(word) : 0;
            if (_clusters is not null)
            {
                var (fine, coarse) = _clusters.Classes(word);
                words[i].Fine = (uint)fine;
                words[i].Coarse = (uint)coarse;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var f = features.Slice(i * Stride, Stride);
            var k = 0;
            ref readonly var w = ref words[i];
            var p1 = i > 0 ? words[i - 1] : WordHashes.Boundary(Before1);
            var p2 = i > 1 ? words[i - 2] : WordHashes.Boundary(Before2);
            var n1 = i + 1 < n ? words[i + 1] : WordHashes.Boundary(After1);
            var n2 = i + 2 < n ? words[i + 2] : WordHashes.Boundary(After2);

            f[k++] = Id(1, 0);
            f[k++] = Id(2, w.Exact);
            f[k++] = Id(3, w.Lower);
            f[k++] = Id(4, w.Shape);
            f[k++] = Id(5, w.ShortShape);
            f[k++] = Id(6, w.Prefix1);
            f[k++] = Id(7, w.Prefix2);
            f[k++] = Id(8, w.Prefix3);
            f[k++] = Id(9, w.Prefix4);
            f[k++] = Id(10, w.Suffix1);
            f[k++] = Id(11, w.Suffix2);
            f[k++] = Id(12, w.Suffix3);
            f[k++] = Id(13, w.Suffix4);
            f[k++] = Id(14, p1.Lower);
            f[k++] = Id(15, n1.Lower);
            f[k++] = Id(16, p2.Lower);
            f[k++] = Id(17, n2.Lower);
            f[k++] = Id(18, p1.Shape);
            f[k++] = Id(19, n1.Shape);
            f[k++] = Id(20, p2.ShortShape);
            f[k++] = Id(21, n2.ShortShape);
            f[k++] = Id(22, p1.Lower, w.Lower);
            f[k++] = Id(23, w.Lower, n1.Lower);
            f[k++] = Id(24, p1.ShortShape, w.ShortShape, n1.ShortShape);
            f[k++] = Id(25, i == 0 ? 1u : 0u, w.ShortShape);
            f[k++] = Id(26, p1.Lower, w.ShortShape);
            f[k++] = Id(27, w.ShortShape, n1.Lower);
            f[k++] = Id(28, w.Exact, n1.Exact);
            f[k++] = Id(29, p1.Exact, w.Exact);
            f[k++] = Id(30, p2.Lower, p1.Lower);
            f[k++] = Id(31, n1.Lower, n2.Lower);
            f[k++] = Id(32, p1.Suffix3);
            f[k++] = Id(33, n1.Suffix3);
            f[k++] = Id(34, w.Length, w.ShortShape);
            if (_clusters is not null)
            {
                f[k++] = Id(60, w.Fine);
                f[k++] = Id(61, w.Coarse);
                f[k++] = Id(62, p1.Fine);
                f[k++] = Id(63, n1.Fine);
                f[k++] = Id(64, p1.Coarse, w.Coarse);
                f[k++] = Id(65, w.Coarse, n1.Coarse);
                f[k++] = Id(66, w.Fine, w.ShortShape);
                f[k++] = Id(67, p2.Coarse);
                f[k++] = Id(68, n2.Coarse);
            }

            if (_ngrams)
            {
                k = Trigrams(f, k, text.AsSpan(tokens[i].Start, tokens[i].Length));
            }

            if (_gazetteer is not null)
            {
                k = Flags(f, k, 40, p1.Gazetteer);
                k = Flags(f, k, 41, w.Gazetteer);
                k = Flags(f, k, 42, n1.Gazetteer);
                k = Flags(f, k, 46, w.Genitive);
                f[k++] = Id(43, w.Gazetteer, w.ShortShape);
                f[k++] = Id(44, p1.Gazetteer, w.Gazetteer);
                f[k++] = Id(45, w.Gazetteer, n1.Gazetteer);
                if (_lowerCaseNames && w.LowerName != 0)
                {
                    // With the word's own flags: "china" the country and "will" the name are also common words.
                    k = Flags(f, k, 47, w.LowerName);
                    f[k++] = Id(48, w.LowerName, w.Gazetteer);
                }
            }

            counts[i] = (byte)k;
        }
    }

    /// <summary>
    /// The name flags of a capitalised word without its genitive ending ("Kanadas", "Griechenlandes",
    /// "Merkels"), which the gazetteer lists only in the base form.
    /// </summary>
    private uint GenitiveFlags(ReadOnlySpan<char> word)
    {
        const GazetteerFlags names = GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.City | GazetteerFlags.Region
            | GazetteerFlags.Country | GazetteerFlags.Company;
        if (word.Length < 4 || word[^1] != 's' || !char.IsUpper(word[0]))
        {
            return 0;
        }

        var flags = _gazetteer!.LookupExact(word[..^1]) & names;
        if (flags == 0 && word[^2] == 'e')
        {
            flags = _gazetteer.LookupExact(word[..^2]) & names;
        }

        return (uint)flags;
    }

    /// <summary>
    /// The name flags of a lower-case word's capitalised form ("kerala" → "Kerala", "tampa" → "Tampa"), which
    /// forums and e-mails write in lower case. Allocation-free.
    /// </summary>
    private uint LowerCaseNameFlags(ReadOnlySpan<char> word)
    {
        const GazetteerFlags names = GazetteerFlags.FirstName | GazetteerFlags.Surname | GazetteerFlags.City | GazetteerFlags.Region
            | GazetteerFlags.Country | GazetteerFlags.Company;
        if (word.Length < 2 || word.Length > 32 || !char.IsLower(word[0]))
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        buffer[0] = char.ToUpperInvariant(word[0]);
        return (uint)(_gazetteer!.LookupExact(buffer) & names);
    }

    /// <summary>
    /// Character trigrams of the lower-cased word with boundary marks ("^be", "ber", ..., "in$"): the parts
    /// of an unknown name that also occur in known ones ("-bank", "-werke", "-ovic"). At most 24 per word.
    /// </summary>
    private int Trigrams(Span<int> f, int k, ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 24)
        {
            return k;
        }

        uint a = '^', b = char.ToLowerInvariant(word[0]);
        for (var j = 1; j <= word.Length; j++)
        {
            uint c = j < word.Length ? char.ToLowerInvariant(word[j]) : '$';
            f[k++] = Id(50, (a << 16) ^ (b << 8) ^ c ^ (a >> 3));
            a = b;
            b = c;
        }

        return k;
    }

    /// <summary>One feature per set flag (at most eight, so the token's room cannot overflow).</summary>
    private int Flags(Span<int> f, int k, uint template, uint flags)
    {
        var written = 0;
        while (flags != 0 && written < 8)
        {
            var bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(flags);
            f[k++] = Id(template, bit);
            flags &= flags - 1;
            written++;
        }

        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Id(uint template, uint a) => (int)(Mix(Mix(template * 0x9E3779B1u) ^ a) & _mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Id(uint template, uint a, uint b) => (int)(Mix(Mix(Mix(template * 0x9E3779B1u) ^ a) + b) & _mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Id(uint template, uint a, uint b, uint c) => (int)(Mix(Mix(Mix(Mix(template * 0x9E3779B1u) ^ a) + b) ^ c) & _mask);

    /// <summary>MurmurHash3's finaliser: spreads every input bit over the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>The hashes of one word that the feature templates combine.</summary>
    internal struct WordHashes
    {
        public uint Exact, Lower, Shape, ShortShape, Length, Gazetteer, Genitive, LowerName, Fine, Coarse;
        public uint Prefix1, Prefix2, Prefix3, Prefix4, Suffix1, Suffix2, Suffix3, Suffix4;

        /// <summary>A stand-in for the words before the start and after the end of the sentence.</summary>
        public static WordHashes Boundary(uint marker) => new()
        {
            Exact = marker, Lower = marker, Shape = marker, ShortShape = marker, Length = marker, Gazetteer = 0, Fine = marker, Coarse = marker,
            Prefix1 = marker, Prefix2 = marker, Prefix3 = marker, Prefix4 = marker,
            Suffix1 = marker, Suffix2 = marker, Suffix3 = marker, Suffix4 = marker,
        };

        public static WordHashes Of(ReadOnlySpan<char> word)
        {
            var h = default(WordHashes);
            uint exact = Seed, lower = Seed, shape = Seed, shortShape = Seed;
            var previousClass = '\0';
            var run = 0;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                exact = (exact ^ c) * 16777619;
                var l = char.ToLowerInvariant(c);
                lower = (lower ^ l) * 16777619;
                var cls = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                if (cls != previousClass)
                {
                    shortShape = (shortShape ^ cls) * 16777619;
                    run = 0;
                    previousClass = cls;
                }

                // Runs longer than four collapse ("Xxxx" for every capitalised word of five letters or more).
                if (++run <= 4)
                {
                    shape = (shape ^ cls) * 16777619;
                }

                if (i == 0)
                {
                    h.Prefix1 = lower;
                }
                else if (i == 1)
                {
                    h.Prefix2 = lower;
                }
                else if (i == 2)
                {
                    h.Prefix3 = lower;
                }
                else if (i == 3)
                {
                    h.Prefix4 = lower;
                }
            }

            h.Exact = exact;
            h.Lower = lower;
            h.Shape = shape;
            h.ShortShape = shortShape;
            h.Length = (uint)Math.Min(word.Length, 12);
            h.Suffix1 = SuffixHash(word, 1);
            h.Suffix2 = SuffixHash(word, 2);
            h.Suffix3 = SuffixHash(word, 3);
            h.Suffix4 = SuffixHash(word, 4);
            var missing = (uint)word.Length;
            if (word.Length < 4)
            {
                // Short words have no long affixes: one shared marker per length rather than the whole word again.
                if (word.Length < 2) { h.Prefix2 = missing; h.Suffix2 = missing; }
                if (word.Length < 3) { h.Prefix3 = missing; h.Suffix3 = missing; }
                h.Prefix4 = missing;
                h.Suffix4 = missing;
            }

            return h;
        }

        private static uint SuffixHash(ReadOnlySpan<char> word, int length)
        {
            var h = Seed ^ 0x2545F491u;
            for (var i = Math.Max(0, word.Length - length); i < word.Length; i++)
            {
                h = (h ^ char.ToLowerInvariant(word[i])) * 16777619;
            }

            return h;
        }
    }
}
