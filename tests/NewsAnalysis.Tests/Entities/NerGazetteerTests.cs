using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>The embedded gazetteer: what it knows per language, case fallbacks, no allocations.</summary>
public class NerGazetteerTests
{
    private static readonly NerGazetteer German = NerGazetteer.ForLanguage(Language.German);
    private static readonly NerGazetteer English = NerGazetteer.ForLanguage(Language.English);

    [TestCase("Arthur", nameof(GazetteerFlags.FirstName))]
    [TestCase("Müller", nameof(GazetteerFlags.Surname))]
    [TestCase("Hamburg", nameof(GazetteerFlags.City))]
    [TestCase("Bayern", nameof(GazetteerFlags.Region))]
    [TestCase("Frankreich", nameof(GazetteerFlags.Country))]
    [TestCase("GmbH", nameof(GazetteerFlags.LegalForm))]
    [TestCase("Partei", nameof(GazetteerFlags.OrgHead))]
    [TestCase("Ministerin", nameof(GazetteerFlags.PersonTitle))]
    [TestCase("Euro", nameof(GazetteerFlags.Currency))]
    [TestCase("deutschen", nameof(GazetteerFlags.Demonym))]
    [TestCase("Oktober", nameof(GazetteerFlags.DateWord))]
    public void GermanListsAreCompiledIn(string word, string flag)
    {
        var expected = Enum.Parse<GazetteerFlags>(flag);
        Assert.That(German.Lookup(word) & expected, Is.EqualTo(expected));
    }

    [TestCase("Elizabeth", nameof(GazetteerFlags.FirstName))]
    [TestCase("Chicago", nameof(GazetteerFlags.City))]
    [TestCase("Germany", nameof(GazetteerFlags.Country))]
    [TestCase("Inc.", nameof(GazetteerFlags.LegalForm))]
    [TestCase("Ltd", nameof(GazetteerFlags.LegalForm))]
    [TestCase("University", nameof(GazetteerFlags.OrgHead))]
    [TestCase("President", nameof(GazetteerFlags.PersonTitle))]
    [TestCase("French", nameof(GazetteerFlags.Demonym))]
    public void EnglishListsAreCompiledIn(string word, string flag)
    {
        var expected = Enum.Parse<GazetteerFlags>(flag);
        Assert.That(English.Lookup(word) & expected, Is.EqualTo(expected));
    }

    [Test]
    public void LanguagesKeepTheirOwnCountryNames()
    {
        // "Island" is Iceland in German and a common word in English.
        Assert.That(German.Lookup("Island") & GazetteerFlags.Country, Is.EqualTo(GazetteerFlags.Country));
        Assert.That(English.Lookup("Island") & GazetteerFlags.Country, Is.EqualTo(GazetteerFlags.None));
    }

    [Test]
    public void MultiWordNamesFlagTheirWordsNotTheCategory()
    {
        Assert.That(English.Lookup("New") & GazetteerFlags.MultiWordFirst, Is.Not.EqualTo(GazetteerFlags.None));
        Assert.That(English.Lookup("York") & GazetteerFlags.MultiWordInside, Is.Not.EqualTo(GazetteerFlags.None));
    }

    [Test]
    public void CapitalsFallBackToTheCapitalisedForm() =>
        Assert.That(German.Lookup("MÜLLER") & GazetteerFlags.Surname, Is.EqualTo(GazetteerFlags.Surname));

    [Test]
    public void SentenceInitialWordsGetTheirLowerCaseMeaning()
    {
        Assert.That(German.Lookup("Die") & GazetteerFlags.FunctionWord, Is.EqualTo(GazetteerFlags.FunctionWord));
        Assert.That(German.LookupExact("Die") & GazetteerFlags.FunctionWord, Is.EqualTo(GazetteerFlags.None));
        Assert.That(English.Lookup("The") & GazetteerFlags.FunctionWord, Is.EqualTo(GazetteerFlags.FunctionWord));
    }

    [Test]
    public void GermanCommonNounsAreKnown() =>
        Assert.That(German.Lookup("Unternehmen") & GazetteerFlags.CommonNoun, Is.EqualTo(GazetteerFlags.CommonNoun));

    [TestCase("")]
    [TestCase("x")]
    [TestCase("Qqqqzzzxxyy")]
    [TestCase("\u0000\uFFFF")]
    public void UnknownAndOddInputGivesNone(string word) =>
        Assert.That(German.Lookup(word), Is.EqualTo(GazetteerFlags.None));

    [Test]
    public void VeryLongWordsAreNotLookedUpCaseInsensitively() =>
        Assert.That(English.Lookup(new string('A', 100_000)), Is.EqualTo(GazetteerFlags.None));

    [Test]
    public void LookupsAllocateNothing()
    {
        var words = new[] { "Arthur", "MÜLLER", "Die", "Hamburg", "xyz", "Unternehmen" };
        foreach (var w in words)
        {
            German.Lookup(w);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        for (var i = 0; i < 1000; i++)
        {
            foreach (var w in words)
            {
                total += (int)German.Lookup(w.AsSpan());
            }
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(total, Is.Not.Zero);
    }

    [Test]
    public void WrittenTablesReadBackIdentically()
    {
        var entries = new Dictionary<string, uint> { ["b"] = 7, ["a"] = 1 << 17, ["Ärger"] = 3 };
        using var stream = new MemoryStream();
        KeyTable.Write(stream, entries);
        stream.Position = 0;
        var table = KeyTable.Read(stream);
        Assert.That(table.Count, Is.EqualTo(3));
        Assert.That(table.KeyAt(0).ToString(), Is.EqualTo("a"));
        foreach (var (key, value) in entries)
        {
            Assert.That(table.TryGetValue(key, out var read), Is.True);
            Assert.That(read, Is.EqualTo(value));
        }

        Assert.That(table.TryGetValue("c", out _), Is.False);
    }

    [Test]
    public void DamagedTablesAreRejected()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5]);
        Assert.That(() => KeyTable.Read(stream), Throws.InstanceOf<Exception>());
    }
}
