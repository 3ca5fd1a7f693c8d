using NewsAnalysis.Amounts;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;
using NewsAnalysis.Sample.Output;

namespace NewsAnalysis.Tests.Sample;

/// <summary>The CSV files and the summary carry entities and quotes as soon as the pipeline fills them.</summary>
public class CsvSinkTests
{
    private const string Text = "Anna Berg, Chefin von Acme, sagte: „Wir wachsen,\nsagen wir mal.“ Umsatz: 5 Mio. Euro.";

    private static ArticleAnalysis Analysis() => new()
    {
        Id = "d1",
        Title = "Titel, mit \"Komma\"",
        Language = Language.German,
        Text = Text,
        Entities = [new EntityMention("Anna Berg", EntityType.Person, 0, 9, "Anna Berg"), new EntityMention("Acme", EntityType.Organization, 22, 26)],
        Amounts = [new Amount(AmountKind.Money, 5_000_000.00m, "EUR", null, AmountQualifier.Exact, null, "5 Mio. Euro", Text.IndexOf("5 Mio", StringComparison.Ordinal), Text.Length - 1)],
        Quotes = [new Quote("Wir wachsen,\nsagen wir mal.", QuoteKind.Direct, "Anna Berg", 36, 63, 35, 64)],
    };

    [Test]
    public void WritesEntityAndQuoteRowsThatReadBack()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsanalysis-csvsink-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var sink = new CsvSink(folder))
            {
                sink.Write(Analysis());
                sink.Complete();
            }

            var entities = CsvRows.Read(Path.Combine(folder, "entities.csv"));
            var quotes = CsvRows.Read(Path.Combine(folder, "quotes.csv"));
            var documents = CsvRows.Read(Path.Combine(folder, "documents.csv"));
            var amounts = CsvRows.Read(Path.Combine(folder, "amounts.csv"));
            Assert.Multiple(() =>
            {
                Assert.That(entities.Select(e => (e["document_id"], e["text"], e["type"], e["start"], e["end"], e["canonical"])),
                    Is.EqualTo(new[] { ("d1", "Anna Berg", "PER", "0", "9", "Anna Berg"), ("d1", "Acme", "ORG", "22", "26", "") }));
                Assert.That(quotes.Single()["text"], Is.EqualTo("Wir wachsen,\nsagen wir mal."), "a line break inside a field survives");
                Assert.That(quotes.Single()["speaker"], Is.EqualTo("Anna Berg"));
                Assert.That(quotes.Single()["kind"], Is.EqualTo("direct"));
                Assert.That(quotes.Single()["outer_end"], Is.EqualTo("64"));
                Assert.That(documents.Single()["title"], Is.EqualTo("Titel, mit \"Komma\""));
                Assert.That(documents.Single()["entities"], Is.EqualTo("2"));
                Assert.That(amounts.Single()["value"], Is.EqualTo("5000000"), "no trailing zeros");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void SummaryCountsEntitiesByTypeAndQuotes()
    {
        var summary = new BatchSummary();
        summary.Add(Analysis());
        summary.AddFailure();
        var writer = new StringWriter();
        summary.WritePlain(writer);
        var lines = writer.ToString().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines.Single(l => l.Contains(" entities ")), Does.Match(@"\s2\s"));
            Assert.That(lines.Single(l => l.Contains(" PER ")), Does.Match(@"\s1\s"));
            Assert.That(lines.Single(l => l.Contains(" ORG ")), Does.Match(@"\s1\s"));
            Assert.That(lines.Single(l => l.Contains(" quotes ")), Does.Match(@"\s1\s"));
            Assert.That(lines.Single(l => l.Contains(" failures ")), Does.Match(@"\s1\s"));
        });
    }
}
