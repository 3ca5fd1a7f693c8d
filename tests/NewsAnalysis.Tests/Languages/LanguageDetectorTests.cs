using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Languages;

public class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = new();

    [TestCase("Das Unternehmen hat in einer Finanzierungsrunde 113 Millionen Dollar eingesammelt.", Language.German)]
    [TestCase("Die Bundesregierung will die Schuldenbremse reformieren, sagte der Minister.", Language.German)]
    [TestCase("The company raised $113 million in a funding round led by two investors.", Language.English)]
    [TestCase("“We are not for sale,” the chief executive told reporters on Monday.", Language.English)]
    public void DetectsGermanAndEnglish(string text, Language expected) => Assert.That(Detector.Detect(text), Is.EqualTo(expected));

    [TestCase("La société a levé 113 millions de dollars auprès de ses investisseurs.")]
    [TestCase("La empresa recaudó 113 millones de dólares en una ronda de financiación.")]
    [TestCase("")]
    [TestCase("12345 67890 !!! ???")]
    public void OtherLanguagesAndJunkAreOther(string text) => Assert.That(Detector.Detect(text), Is.EqualTo(Language.Other));

    [TestCase("de", Language.German)]
    [TestCase("de-CH", Language.German)]
    [TestCase("EN", Language.English)]
    [TestCase("en_GB", Language.English)]
    [TestCase("other", Language.Other)]
    public void ParsesLanguageCodes(string code, Language expected)
    {
        Assert.That(LanguageCodes.TryParse(code, out var language), Is.True);
        Assert.That(language, Is.EqualTo(expected));
    }

    [Test]
    public void RejectsUnknownCodes() => Assert.That(LanguageCodes.TryParse("fr", out _), Is.False);

    [Test]
    public void ForcedLanguageWins()
    {
        var analysis = NewsAnalyzer.Create().Analyze("The company raised money.", language: Language.German);
        Assert.That(analysis.Language, Is.EqualTo(Language.German));
    }
}
