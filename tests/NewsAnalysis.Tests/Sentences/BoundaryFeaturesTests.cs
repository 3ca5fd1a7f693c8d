using NewsAnalysis.Sentences;

namespace NewsAnalysis.Tests.Sentences;

/// <summary>
/// The token hashes the boundary model's weights were trained with: the fast table-driven loops must give exactly
/// what the definition below gives, for every character, or the shipped weights would be read at other indices.
/// </summary>
public class BoundaryFeaturesTests
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    // The definition: FNV-1a over the first 24 characters in lower case, then the length (at most 99); the shape
    // hashes the classes of the first six character runs ('X' upper case, 'x' lower case, 'd' digit, else the
    // character itself).
    private static (uint Lower, uint Shape) Defined(string word)
    {
        var lower = FnvOffset;
        var shape = FnvOffset;
        var previous = 0u;
        var runs = 0;
        foreach (var c in word.AsSpan(0, Math.Min(word.Length, 24)))
        {
            uint cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            lower = (lower ^ char.ToLowerInvariant(c)) * FnvPrime;
            if (cls != previous && runs < 6)
            {
                shape = (shape ^ cls) * FnvPrime;
                runs++;
            }

            previous = cls;
        }

        return ((lower ^ (uint)Math.Min(word.Length, 99)) * FnvPrime, shape);
    }

    private static uint DefinedSuffix(string word)
    {
        var suffix = FnvOffset;
        foreach (var c in word.AsSpan(Math.Max(0, word.Length - 3)))
        {
            suffix = (suffix ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return suffix;
    }

    private static void AssertAsDefined(string word)
    {
        var hashes = BoundaryFeatures.Hash(word);
        var (lower, shape) = Defined(word);
        Assert.That((hashes.Lower, hashes.Shape, BoundaryFeatures.Suffix(word)), Is.EqualTo((lower, shape, DefinedSuffix(word))), word);
    }

    [Test]
    public void EveryCharacterIsHashedAsDefined()
    {
        // Alone, between letters of both cases and after a character beyond Latin-1 (which sends the word to the
        // general loop), so both loops see every character.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            AssertAsDefined(ch.ToString());
            AssertAsDefined($"Ab{ch}1d");
            AssertAsDefined($"€x{ch}");
        }
    }

    [Test]
    public void FourTokensAtOnceAreHashedAsOneByOne()
    {
        // Lengths from empty to past the hashed prefix, characters inside and beyond Latin-1, in every lane.
        var random = new Random(11);
        const string alphabet = "aZ9.-äÖß€Ω😀 ";
        string Word() => new(Enumerable.Range(0, random.Next(30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (var round = 0; round < 5000; round++)
        {
            var words = new[] { Word(), Word(), Word(), Word() };
            var (a, b, c, d) = BoundaryFeatures.HashFour(words[0], words[1], words[2], words[3]);
            var expected = words.Select(w => BoundaryFeatures.Hash(w)).ToArray();
            Assert.That(new[] { a, b, c, d }, Is.EqualTo(expected), string.Join(" | ", words));
        }
    }

    [TestCase("Millionen")]
    [TestCase("ÄRGER")]
    [TestCase("Straße")]
    [TestCase("1.000,50")]
    [TestCase("KI-Start-up")]
    [TestCase("Donaudampfschifffahrtsgesellschaftskapitän")]
    [TestCase("aBcDeFgHiJ")]
    [TestCase("Ωmega")]
    [TestCase("😀x")]
    [TestCase("")]
    public void WordsAreHashedAsDefined(string word) => AssertAsDefined(word);

    [TestCase("The mill in Darlington closed in 2019.\n\n", "Ashby Quill was set up two years later by Mary Ashby.")]
    [TestCase("Umsatz und Gewinn sanken\n", "Harrow Lund wurde 2018 in Kiel gegründet.")]
    public void AParagraphsFirstGapIsReadAsAtTheStartOfTheText(string before, string paragraph)
    {
        // Across a line break the token before is another line's: "Harwell. | Perrin | Rowe was founded" must be
        // scored as "Perrin | Rowe was founded" alone, or the last paragraph's full stop cuts a two-word name.
        var tokenizer = new NewsAnalysis.Tokenization.Tokenizer();
        var words = BoundaryModel.ForLanguage(NewsAnalysis.Languages.Language.English)!.Words;
        int[] Features(string text)
        {
            var tokens = new List<NewsAnalysis.Tokenization.Token>();
            tokenizer.Tokenize(text, NewsAnalysis.Languages.Language.English, tokens);
            var first = tokens.FindIndex(t => t.Start == text.Length - paragraph.Length);
            var features = new int[BoundaryFeatures.MaxFeatures];
            var count = BoundaryFeatures.Extract(text, tokens.ToArray(), first, false, 1, 8, tokenizer.Lexicon, words, NewsAnalysis.Languages.Language.English, (1 << 14) - 1, GapWords.Unknown, features);
            return features[..count];
        }

        Assert.That(Features(before + paragraph), Is.EqualTo(Features(paragraph)));
    }
}
