using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Sentences;

public class SentenceSplitterTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    private static string[] Split(string text, Language language = Language.German)
    {
        var analysis = Analyzer.Analyze(text, language: language);
        return analysis.Sentences.Select(s => analysis.Slice(s.Start, s.End)).ToArray();
    }

    [TestCase("Er kam z. B. am 3. Oktober. Dann ging er.", new[] { "Er kam z. B. am 3. Oktober.", "Dann ging er." })]
    [TestCase("Das kostet 3 Mio. Euro. Dr. Müller zahlt.", new[] { "Das kostet 3 Mio. Euro.", "Dr. Müller zahlt." })]
    [TestCase("Im 3. Quartal stieg der Umsatz um ca. 5 Prozent.", new[] { "Im 3. Quartal stieg der Umsatz um ca. 5 Prozent." })]
    [TestCase("Er kaufte Äpfel, Birnen usw. Dann ging er.", new[] { "Er kaufte Äpfel, Birnen usw.", "Dann ging er." })]
    [TestCase("Das war 2023. Die Zahlen stiegen.", new[] { "Das war 2023.", "Die Zahlen stiegen." })]
    public void AbbreviationsAndOrdinalsDoNotEndSentences(string text, string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [TestCase("„Wir wachsen.“ Dann ging er.", new[] { "„Wir wachsen.“", "Dann ging er." })]
    [TestCase("“Wir wachsen!” Dann ging er.", new[] { "“Wir wachsen!”", "Dann ging er." })]
    [TestCase("\"Wir wachsen?\" Dann ging er.", new[] { "\"Wir wachsen?\"", "Dann ging er." })]
    [TestCase("»Wir wachsen.« Dann ging er.", new[] { "»Wir wachsen.«", "Dann ging er." })]
    [TestCase("„Wir wachsen“, sagte er. Dann ging er.", new[] { "„Wir wachsen“, sagte er.", "Dann ging er." })]
    [TestCase("„Wir wachsen!“, rief er.", new[] { "„Wir wachsen!“, rief er." })]
    public void SentencesEndInsideClosingQuotes(string text, string[] expected) => Assert.That(Split(text), Is.EqualTo(expected));

    [Test]
    public void ColonIntroducingAQuoteDoesNotEndTheSentence() =>
        Assert.That(Split("Er sagte: „Wir wachsen schnell.“ Dann ging er."), Is.EqualTo(new[] { "Er sagte: „Wir wachsen schnell.“", "Dann ging er." }));

    [Test]
    public void HeadlinesAndParagraphsEndAtLineBreaks()
    {
        var text = "KI-Start-up sammelt 113 Millionen Dollar ein\n\nParis – Das Unternehmen wächst. Es stellt ein\n\nNächster Absatz beginnt hier.";
        Assert.That(Split(text), Is.EqualTo(new[]
        {
            "KI-Start-up sammelt 113 Millionen Dollar ein",
            "Paris – Das Unternehmen wächst.",
            "Es stellt ein",
            "Nächster Absatz beginnt hier.",
        }));
    }

    [Test]
    public void SingleLineBreakAfterAHeadlineEndsIt() =>
        Assert.That(Split("Wirtschaft\nDie Preise steigen."), Is.EqualTo(new[] { "Wirtschaft", "Die Preise steigen." }));

    [TestCase("Er zögerte... Dann ging er.", new[] { "Er zögerte...", "Dann ging er." })]
    [TestCase("Er zögerte … und ging.", new[] { "Er zögerte … und ging." })]
    public void Ellipses(string text, string[] expected) => Assert.That(Split(text), Is.EqualTo(expected));

    [Test]
    public void EnglishAbbreviations() =>
        Assert.That(
            Split("Mr. Smith met Dr. Jones at 10 a.m. on Monday. They talked.", Language.English),
            Is.EqualTo(new[] { "Mr. Smith met Dr. Jones at 10 a.m. on Monday.", "They talked." }));

    [TestCase("He announced this in January: As of today we grow.", new[] { "He announced this in January:", "As of today we grow." })]
    [TestCase("She said: \"We grow.\" Then she left.", new[] { "She said: \"We grow.\"", "Then she left." })]
    [TestCase("The show “Ada Whitlock: Salt and Iron,” opens today.", new[] { "The show “Ada Whitlock: Salt and Iron,” opens today." })]
    public void EnglishColonEndsASentenceOnlyBeforeACapitalisedClause(string text, string[] expected) =>
        Assert.That(Split(text, Language.English), Is.EqualTo(expected));

    [Test]
    public void GermanColonNeverEndsASentence() =>
        Assert.That(Split("Der Neubau bleibt schwach: Die Zahl sank."), Is.EqualTo(new[] { "Der Neubau bleibt schwach: Die Zahl sank." }));

    [Test]
    public void SentenceTokenRangesMatchOffsets()
    {
        var analysis = Analyzer.Analyze("Eins. Zwei! Drei? „Vier.“ Fünf", language: Language.German);
        Assert.That(analysis.Sentences, Has.Length.EqualTo(5));
        var next = 0;
        foreach (var sentence in analysis.Sentences)
        {
            Assert.That(sentence.FirstToken, Is.EqualTo(next));
            var tokens = analysis.TokensOf(sentence);
            Assert.That(tokens[0].Start, Is.EqualTo(sentence.Start));
            Assert.That(tokens[^1].End, Is.EqualTo(sentence.End));
            next += sentence.TokenCount;
        }

        Assert.That(next, Is.EqualTo(analysis.Tokens.Length));
    }

    [TestCase(Language.German, "Der Umsatz stieg um 3 % auf 1,2 Mio. Euro. Dann kam „die Wende“. Vielen Dank Daraufhin ging er.")]
    [TestCase(Language.English, "He said: This is it. Thanks Kevin Regards, Anna\nNext line")]
    public void EveryKindOfTokenListGivesTheSameSentences(Language language, string text)
    {
        // The splitter reads lists and arrays in place and copies other lists: all three must agree.
        var tokenizer = new NewsAnalysis.Tokenization.Tokenizer();
        var splitter = new NewsAnalysis.Sentences.SentenceSplitter(tokenizer);
        var list = new List<NewsAnalysis.Tokenization.Token>();
        tokenizer.Tokenize(text, language, list);
        var fromList = splitter.Split(text, list, language);
        var fromArray = splitter.Split(text, list.ToArray(), language);
        var fromOther = splitter.Split(text, list.AsReadOnly(), language);
        Assert.Multiple(() =>
        {
            Assert.That(fromList, Has.Length.GreaterThan(1));
            Assert.That(fromArray, Is.EqualTo(fromList));
            Assert.That(fromOther, Is.EqualTo(fromList));
        });
    }
}
