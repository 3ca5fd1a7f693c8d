using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Tests.Lexicons;

/// <summary>
/// The look-up compares keys by their first and last four characters and their length, and only longer keys character
/// by character: these tests pin its answers to those of a dictionary, for keys of every length class and for spans
/// that share a key's first and last characters.
/// </summary>
public class SpanLexiconTests
{
    private static readonly string[] Keys =
    [
        "a", "ab", "abc", "abcd", "abcdabcd", "abcdxabcd", "abcdyabcd", "Euro", "Millionen", "Mio.", "US-Dollar",
        "Prozentpunkte", "zwölf", "ÄNDERUNG", "Straße", "mehr als", "×", "÷", "percentage points",
    ];

    [Test]
    public void AnIgnoreCaseLexiconAnswersLikeAnOrdinalIgnoreCaseDictionaryForLatinWords()
    {
        var expected = Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.OrdinalIgnoreCase);
        var lexicon = new SpanLexicon(Keys.Select((k, i) => new KeyValuePair<string, int>(k, i)), ignoreCase: true);
        foreach (var probe in Probes())
        {
            var found = lexicon.TryGetValue(probe, out var value);
            Assert.That(found, Is.EqualTo(expected.ContainsKey(probe)), probe);
            Assert.That(value, Is.EqualTo(found ? expected[probe] : 0), probe);
        }
    }

    [Test]
    public void AnIgnoreCaseLexiconFindsAKeyBeyondLatin1AsWritten()
    {
        // Case is folded in Latin-1 only (no culture data in the hot path): "Ωmega" is found as written, "ωmega" not.
        var lexicon = new SpanLexicon(["Ωmega"], ignoreCase: true);
        Assert.That(lexicon.Contains("Ωmega"), Is.True);
        Assert.That(lexicon.Contains("ΩMEGA"), Is.True);
        Assert.That(lexicon.Contains("Ωmegb"), Is.False);
    }

    [Test]
    public void AnOrdinalLexiconFindsOnlyTheExactKeys()
    {
        var lexicon = new SpanLexicon(Keys.Select((k, i) => new KeyValuePair<string, int>(k, i)));
        foreach (var probe in Probes())
        {
            var index = Array.IndexOf(Keys, probe);
            Assert.That(lexicon.TryGetValue(probe, out var value), Is.EqualTo(index >= 0), probe);
            Assert.That(value, Is.EqualTo(Math.Max(index, 0)), probe);
        }
    }

    [Test]
    public void AManyKeyLexiconFindsEveryKeyAndNoNeighbour()
    {
        // Enough keys for long probe chains in the open-addressed table.
        var keys = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x").ToArray();
        var lexicon = new SpanLexicon(keys.Select((k, i) => new KeyValuePair<string, int>(k, i)), ignoreCase: true);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.That(lexicon.TryGetValue(keys[i].ToUpperInvariant(), out var value) && value == i, Is.True, keys[i]);
            Assert.That(lexicon.Contains(keys[i] + "y"), Is.False, keys[i] + "y");
        }
    }

    // Every key in three cases, and spans that share the first and last four characters of a key (a middle character
    // or the length differs) or differ only in a character that folds elsewhere.
    private static IEnumerable<string> Probes()
    {
        foreach (var key in Keys)
        {
            yield return key;
            yield return key.ToUpperInvariant();
            yield return key.ToLowerInvariant();
            if (key.Length > 2)
            {
                yield return key[..(key.Length / 2)] + "#" + key[(key.Length / 2 + 1)..];
            }

            yield return key + key;
        }

        yield return "abcdzabcd";
        yield return "abcdabcdabcd";
        yield return "ÖMEGA";
        yield return "STRASSE";
        yield return "";
    }
}
