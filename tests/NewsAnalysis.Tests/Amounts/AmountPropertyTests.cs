using System.Globalization;
using NewsAnalysis.Amounts;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Amounts;

/// <summary>Any number written in German or English style, with any scale and currency, reads back to its value.</summary>
public class AmountPropertyTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    private static readonly (string Word, decimal Factor)[] GermanScales = [("", 1), ("Tsd.", 1000), ("Millionen", 1_000_000), ("Mio.", 1_000_000), ("Milliarden", 1_000_000_000), ("Mrd.", 1_000_000_000), ("Bio.", 1_000_000_000_000)];
    private static readonly (string Word, decimal Factor)[] EnglishScales = [("", 1), ("thousand", 1000), ("million", 1_000_000), ("billion", 1_000_000_000), ("trillion", 1_000_000_000_000)];
    private static readonly (string Word, string Code)[] GermanCurrencies = [("Euro", "EUR"), ("€", "EUR"), ("Dollar", "USD"), ("US-Dollar", "USD"), ("Franken", "CHF"), ("Pfund", "GBP"), ("Yen", "JPY")];
    private static readonly (string Word, string Code)[] EnglishCurrencies = [("euros", "EUR"), ("dollars", "USD"), ("pounds", "GBP"), ("yen", "JPY")];

    [Test]
    public void GermanFormattedAmountsParseBack() =>
        AssertRoundTrips(Language.German, 42, GermanScales, GermanCurrencies, (n, grouped) => FormatGerman(n, grouped), "Der Betrag lag bei {0} im Jahr.");

    [Test]
    public void EnglishFormattedAmountsParseBack() =>
        AssertRoundTrips(
            Language.English,
            43,
            EnglishScales,
            EnglishCurrencies,
            (n, grouped) => n.ToString(grouped ? "#,##0.##" : "0.##", CultureInfo.InvariantCulture),
            "The sum was {0} last year.");

    private static void AssertRoundTrips(
        Language language,
        int seed,
        (string Word, decimal Factor)[] scales,
        (string Word, string Code)[] currencies,
        Func<decimal, bool, string> format,
        string sentence)
    {
        var random = new Random(seed);
        for (var round = 0; round < 500; round++)
        {
            var number = Math.Round((decimal)random.NextDouble() * (decimal)Math.Pow(10, random.Next(0, 7)), random.Next(0, 3));
            var (scale, factor) = scales[random.Next(scales.Length)];
            var (currency, code) = currencies[random.Next(currencies.Length)];
            var amountText = $"{format(number, random.Next(2) == 0)} {scale} {currency}".Replace("  ", " ");
            var text = string.Format(CultureInfo.InvariantCulture, sentence, amountText);
            var amounts = Analyzer.Analyze(text, language: language).Amounts;
            Assert.That(amounts, Has.Length.EqualTo(1), text);
            Assert.That((amounts[0].Value, amounts[0].Currency), Is.EqualTo((number * factor, code)), text);
        }
    }

    [Test]
    public void NumberParserReadsBothConventions()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NumberParser.TryParse("1.234.567,89", Language.German, out var a) && a == 1234567.89m, Is.True);
            Assert.That(NumberParser.TryParse("1,234,567.89", Language.English, out var b) && b == 1234567.89m, Is.True);
            Assert.That(NumberParser.TryParse("1'000", Language.German, out var c) && c == 1000m, Is.True);
            Assert.That(NumberParser.TryParse("1.500", Language.German, out var d) && d == 1500m, Is.True);
            Assert.That(NumberParser.TryParse("1.500", Language.English, out var e) && e == 1.5m, Is.True);
            Assert.That(NumberParser.TryParse("10.–", Language.German, out var f) && f == 10m, Is.True);
            Assert.That(NumberParser.TryParse("1,2,3,4", Language.German, out _), Is.False);
            Assert.That(NumberParser.TryParse("1..2", Language.German, out _), Is.False);
            Assert.That(NumberParser.TryParse(new string('9', 40), Language.German, out _), Is.False);
        });
    }

    private static string FormatGerman(decimal number, bool grouped)
    {
        var invariant = number.ToString(grouped ? "#,##0.##" : "0.##", CultureInfo.InvariantCulture);
        return invariant.Replace(",", "\u0001").Replace(".", ",").Replace("\u0001", ".");
    }
}
