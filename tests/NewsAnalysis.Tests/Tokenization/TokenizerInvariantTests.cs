using System.Text;
using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Tests.Tokenization;

/// <summary>Properties that hold for any input: offsets are exact, ordered, and cover every visible character.</summary>
public class TokenizerInvariantTests
{
    private const string Alphabet = "aäBß1 2.,:;'’\"„“”‚‘»«()-–—/*@#€$%\n\t\u00A0…!?xX09😀\uD800\uDC00\u200D\uFE0F";

    [TestCase(TokenizationScheme.Press)]
    [TestCase(TokenizationScheme.UniversalDependencies)]
    public void RandomTextIsCoveredExactly(TokenizationScheme scheme)
    {
        var tokenizer = new Tokenizer(scheme);
        var random = new Random(20261129);
        for (var round = 0; round < 2_000; round++)
        {
            var text = RandomText(random, random.Next(0, 80));
            foreach (var language in new[] { Language.German, Language.English, Language.Other })
            {
                AssertCovers(text, tokenizer.Tokenize(text, language));
            }
        }
    }

    [Test]
    public void InvalidSurrogatesAndControlCharactersDoNotThrow()
    {
        var text = "a\uD800b\uDC00c\0d\u0001e\uFFFF\uD83D";
        AssertCovers(text, new Tokenizer().Tokenize(text, Language.German));
    }

    [Test]
    [CancelAfter(20_000)]
    public void HundredThousandQuoteMarksTokenizeInLinearTime()
    {
        var text = new string('"', 100_000) + " " + string.Concat(Enumerable.Repeat("„“", 50_000)) + " a" + new string(')', 100_000) + ".";
        var tokens = new Tokenizer().Tokenize(text, Language.German);
        AssertCovers(text, tokens);
        Assert.That(tokens, Has.Length.EqualTo(100_000 + 100_000 + 1 + 100_000 + 1));
    }

    [Test]
    [CancelAfter(20_000)]
    public void LongChunkWithoutSpacesIsLinear()
    {
        var text = new string('x', 200_000) + string.Concat(Enumerable.Repeat(".)", 50_000));
        AssertCovers(text, new Tokenizer().Tokenize(text, Language.German));
    }

    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return sb.ToString();
    }

    private static void AssertCovers(string text, Token[] tokens)
    {
        // Messages are built only on failure: the inputs can be hundreds of thousands of characters long.
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Start < previousEnd || token.End <= token.Start || token.Text != text[token.Start..token.End])
            {
                Assert.Fail($"bad token {token} after offset {previousEnd} in {Escape(text)}");
            }

            for (var i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = token.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!covered[i] && !CharClass.IsSpace(text[i]))
            {
                Assert.Fail($"character {i} ({(int)text[i]:X4}) lost in {Escape(text)}");
            }
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 128 && c >= 32 ? c.ToString() : $"\\u{(int)c:X4}"));
}
