using NewsAnalysis.Amounts;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Amounts;

/// <summary>
/// The recognizer's amounts copy their text out of the article only when it is read; they must still behave like
/// amounts built with the public constructor: same text, equality, hash, printed form and <c>with</c> copies.
/// </summary>
public class AmountRecordTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    private static Amount Recognized(string text) => Analyzer.Analyze(text, language: Language.German).Amounts.Single();

    private static Amount Constructed(Amount a) =>
        new(a.Kind, a.Value, a.Currency, a.Unit, a.Qualifier, a.RangeEnd, new string(a.Text.AsSpan()), a.Start, a.End);

    [Test]
    public void RecognizedAmountEqualsOneBuiltFromItsValues()
    {
        var recognized = Recognized("Der Umsatz stieg auf rund 1,5 Mrd. Euro im Jahr.");
        var fresh = Recognized("Der Umsatz stieg auf rund 1,5 Mrd. Euro im Jahr."); // text not read yet
        var constructed = Constructed(Recognized("Der Umsatz stieg auf rund 1,5 Mrd. Euro im Jahr."));

        Assert.That(fresh.GetHashCode(), Is.EqualTo(constructed.GetHashCode()));
        Assert.That(fresh, Is.EqualTo(constructed));
        Assert.That(recognized.Text, Is.EqualTo("1,5 Mrd. Euro"));
        Assert.That(recognized.ToString(), Is.EqualTo(constructed.ToString()));
        Assert.That(recognized.ToString(), Does.Contain("RangeEnd = , Text = 1,5 Mrd. Euro, Start = "));
    }

    [Test]
    public void DifferentTextAtTheSameOffsetsIsNotEqual()
    {
        var a = Recognized("Es kostet 5 Euro.");
        var b = Recognized("Es kostet 6 Euro.") with { Value = 5 };
        Assert.That(a.Start, Is.EqualTo(b.Start));
        Assert.That(a, Is.Not.EqualTo(b));
    }

    [Test]
    public void WithCopyKeepsTheTextWhenOffsetsChange()
    {
        var amount = Recognized("Es kostet 5 Euro.");
        var moved = amount with { Start = 0, End = 3 };
        Assert.That(moved.Text, Is.EqualTo("5 Euro"));
        Assert.That(moved, Is.Not.EqualTo(amount));
        Assert.That(moved with { Start = amount.Start, End = amount.End }, Is.EqualTo(amount));
    }

    [Test]
    public void NullTextFromTheConstructorStaysNull()
    {
        var amount = new Amount(AmountKind.Money, 5, "EUR", null, AmountQualifier.Exact, null, null!, 0, 0);
        Assert.That(amount.Text, Is.Null);
        Assert.That(amount, Is.Not.EqualTo(amount with { Text = string.Empty }));
    }
}

/// <summary>"ein", "einer", "one" are numbers only before a scale word or as the start of a range.</summary>
public class ArticleNumberTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    [TestCase("Es kamen ein bis zwei Millionen Besucher.", Language.German, "ein bis zwei Millionen Besucher", "1000000")]
    [TestCase("Einer Milliarde Euro stehen Schulden gegenüber.", Language.German, "Einer Milliarde Euro", "1000000000")]
    [TestCase("It raised one billion dollars.", Language.English, "one billion dollars", "1000000000")]
    public void ArticleBeforeAScaleOrInARangeIsANumber(string text, Language language, string span, string value)
    {
        var amount = Analyzer.Analyze(text, language: language).Amounts.Single();
        Assert.That(amount.Text, Is.EqualTo(span));
        Assert.That(amount.Value, Is.EqualTo(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("Einer der Mitarbeiter kam mit einem Auto und einer Frage.", Language.German)]
    [TestCase("One of the employees had one question.", Language.English)]
    public void ArticleElsewhereIsNoAmount(string text, Language language) =>
        Assert.That(Analyzer.Analyze(text, language: language).Amounts, Is.Empty);
}
