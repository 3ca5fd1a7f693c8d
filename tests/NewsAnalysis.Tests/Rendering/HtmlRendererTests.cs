using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using NewsAnalysis.Amounts;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;
using NewsAnalysis.Sample.Rendering;

namespace NewsAnalysis.Tests.Rendering;

public class HtmlRendererTests
{
    private const string Text = "Anna Berg sagte: „Wir zahlen 5 Mio. Euro an <script>alert(1)</script> & Co.“ Dann ging sie.";

    private static ArticleAnalysis Sample(ImmutableArray<EntityMention> entities, ImmutableArray<Amount> amounts, ImmutableArray<Quote> quotes) => new()
    {
        Id = "id\"<x>",
        Title = "Titel <b>fett</b>",
        Language = Language.German,
        Text = Text,
        Entities = entities,
        Amounts = amounts,
        Quotes = quotes,
    };

    private static string Render(ArticleAnalysis analysis)
    {
        var writer = new StringWriter();
        HtmlRenderer.WriteStart(writer, analysis.Title!);
        HtmlRenderer.WriteDocument(writer, analysis);
        HtmlRenderer.WriteEnd(writer);
        return writer.ToString();
    }

    private static int At(string s) => Text.IndexOf(s, StringComparison.Ordinal);

    [Test]
    public void MarksNestInsideQuotesAndTheTextComesBackExactly()
    {
        var open = At("„");
        var close = At("“") + 1;
        var amount = new Amount(AmountKind.Money, 5_000_000m, "EUR", null, AmountQualifier.Exact, null, "5 Mio. Euro", At("5 Mio"), At("5 Mio") + 11);
        var html = Render(Sample(
            [new EntityMention("Anna Berg", EntityType.Person, 0, 9, "Anna Berg"), new EntityMention("Co", EntityType.Organization, At("Co."), At("Co.") + 2)],
            [amount],
            [new Quote(Text[(open + 1)..(close - 1)], QuoteKind.Direct, "Anna Berg", open + 1, close - 1, open, close)]));
        var body = Regex.Match(html, "<div class=\"text\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(WebUtility.HtmlDecode(Regex.Replace(body, "<[^>]+>", string.Empty)), Is.EqualTo(Text), "tags removed and entities decoded, the exact text remains");
            Assert.That(body, Does.Contain("<mark class=\"entity entity-per\" data-type=\"PER\" title=\"PER: Anna Berg\">Anna Berg</mark>"));
            Assert.That(body, Does.Contain("data-value=\"5000000\" title=\"money: 5000000 EUR\">5 Mio. Euro</mark>"));
            Assert.That(body, Does.Match("<span class=\"quote quote-direct\"[^>]*data-speaker=\"Anna Berg\"[^>]*>„Wir .*<mark class=\"entity entity-org\"[^>]*>Co</mark>.“</span>"));
            Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<b>"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "));
            Assert.That(html, Does.Contain("data-id=\"id&quot;&lt;x&gt;\""));
            Assert.That(html, Does.Contain("Content-Security-Policy").And.Contain("default-src 'none'"));
        });
    }

    [Test]
    public void MarksThatWouldBreakNestingAreLeftUnmarked()
    {
        var open = At("„");
        var close = At("“") + 1;
        // An entity that starts before the quote and ends inside it, and one that overlaps another entity.
        var crossing = new EntityMention("sagte: „Wir", EntityType.Misc, At("sagte"), At("Wir") + 3);
        var overlapA = new EntityMention("Dann ging", EntityType.Misc, At("Dann"), At("Dann") + 9);
        var overlapB = new EntityMention("ging sie", EntityType.Misc, At("ging"), At("ging") + 8);
        var html = Render(Sample(
            [crossing, overlapA, overlapB],
            [],
            [new Quote(Text[(open + 1)..(close - 1)], QuoteKind.Direct, null, open + 1, close - 1, open, close)]));
        var body = Regex.Match(html, "<div class=\"text\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(Regex.Matches(body, "<mark ").Count, Is.EqualTo(1));
        Assert.That(body, Does.Contain(">Dann ging</mark>"));
        Assert.That(WebUtility.HtmlDecode(Regex.Replace(body, "<[^>]+>", string.Empty)), Is.EqualTo(Text));
        Assert.That(body, Does.Contain("data-label=\"direct\""), "a quote without speaker is labelled with its kind");
    }
}
