using System.Text;
using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;

namespace NewsAnalysis.Tests.Quoting;

/// <summary>
/// Bad input gives a well-defined result: no exception, no quote that swallows the article, and no
/// super-linear blow-up (large inputs finish well inside a generous cancellation bound; the speed itself is
/// measured in QuoteBenchmarks).
/// </summary>
public class QuoteHostileInputTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    private static IReadOnlyList<Quote> Run(string text, Language language = Language.German)
    {
        // A quadratic pass over these inputs would take hours; the bound only catches that, not normal speed.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return Analyzer.Analyze(text, language: language, cancellationToken: bound.Token).Quotes;
    }

    [TestCase('„')]
    [TestCase('"')]
    [TestCase('“')]
    [TestCase('»')]
    [TestCase('\'')]
    public void HundredThousandMarksInARow(char mark)
    {
        var quotes = Run(new string(mark, 100_000));
        Assert.That(quotes, Is.Empty);
    }

    [Test]
    public void FiftyThousandQuotesInOneSentence()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            text.Append("„ja“ ");
        }

        var quotes = Run(text.ToString());
        Assert.That(quotes, Has.Count.EqualTo(50_000));
        Assert.That(quotes.Select(q => q.Text), Is.All.EqualTo("ja"));
    }

    [Test]
    public void UnclosedQuoteDoesNotSwallowTheArticle()
    {
        var text = "Mensch sagte: „Wir wachsen weiter, und dann\n\nDer Umsatz stieg um 5 Prozent.\n\n„Das ist gut“, sagte Lea Vogel.";
        var quotes = Run(text);
        Assert.That(quotes, Has.Count.EqualTo(1));
        Assert.That(quotes[0].Text, Is.EqualTo("Das ist gut"));
        Assert.That(quotes[0].Speaker, Is.EqualTo("Lea Vogel"));
    }

    [Test]
    public void StrayClosingMarksAreIgnored()
    {
        var quotes = Run("Er kam“ und ging” wieder«. „Gut“, sagte Lea Vogel.");
        Assert.That(quotes.Select(q => q.Text), Is.EqualTo(new[] { "Gut" }));
    }

    [Test]
    public void MarksInsideUrlsAndWordsAreNotQuotes()
    {
        var text = "Details unter https://example.org/search?q=\"open\"&x='1' und bei don't-stop's. Mistral’s Modell ist 5\" groß.";
        Assert.That(Run(text, Language.English), Is.Empty);
    }

    [Test]
    public void MixedConventionsInOneText()
    {
        var text = "„Eins“, sagte Lea Vogel. “Zwei”, sagte sie. \"Drei\", sagte sie. »Vier«, sagte sie. «Fünf», sagte sie. „Sechs”, sagte sie. “Sieben“, sagte sie.";
        var quotes = Run(text);
        Assert.That(quotes.Select(q => q.Text), Is.EqualTo(new[] { "Eins", "Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben" }));
        Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Lea Vogel"));
    }

    [Test]
    public void DeepNestingIsBounded()
    {
        var text = string.Concat(Enumerable.Repeat("„‚»«›‹", 20_000)) + " Ende.";
        Assert.DoesNotThrow(() => Run(text));
    }

    [Test]
    public void RandomJunkNeverThrows()
    {
        var random = new Random(5);
        const string alphabet = "„“”‚‘’\"'»«›‹ aB.,:;\n-https://x.y/é";
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            foreach (var q in Run(text))
            {
                Assert.That(text[q.Start..q.End], Is.EqualTo(q.Text));
                Assert.That(q.OuterStart, Is.LessThan(q.Start));
                Assert.That(q.OuterEnd, Is.GreaterThan(q.End));
            }
        }
    }
}
