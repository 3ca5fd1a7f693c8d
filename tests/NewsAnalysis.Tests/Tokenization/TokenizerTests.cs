using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Tests.Tokenization;

public class TokenizerTests
{
    private static readonly Tokenizer Press = new();
    private static readonly Tokenizer Ud = new(TokenizationScheme.UniversalDependencies);

    private static string[] De(string text) => Press.Tokenize(text, Language.German).Select(t => t.Text).ToArray();

    private static string[] En(string text) => Press.Tokenize(text, Language.English).Select(t => t.Text).ToArray();

    private static TokenKind KindOf(string text, string token, Language language = Language.German) =>
        Press.Tokenize(text, language).Single(t => t.Text == token).Kind;

    [TestCase("z. B. heute", new[] { "z.", "B.", "heute" })]
    [TestCase("z.B. heute", new[] { "z.B.", "heute" })]
    [TestCase("Dr. Müller und Prof. Weber", new[] { "Dr.", "Müller", "und", "Prof.", "Weber" })]
    [TestCase("3 Mio. Euro und 2 Mrd. Dollar", new[] { "3", "Mio.", "Euro", "und", "2", "Mrd.", "Dollar" })]
    [TestCase("Nr. 5, ca. 10 bzw. 12", new[] { "Nr.", "5", ",", "ca.", "10", "bzw.", "12" })]
    [TestCase("u. a. Berlin usw.", new[] { "u.", "a.", "Berlin", "usw." })]
    [TestCase("St. Pauli im 19. Jh. gem. Vertrag", new[] { "St.", "Pauli", "im", "19.", "Jh.", "gem.", "Vertrag" })]
    [TestCase("i. d. R. nicht", new[] { "i.", "d.", "R.", "nicht" })]
    public void GermanAbbreviationsKeepTheirPeriod(string text, string[] expected) =>
        Assert.That(De(text), Is.EqualTo(expected));

    [TestCase("am 3. Oktober", new[] { "am", "3.", "Oktober" })]
    [TestCase("im 3. Quartal", new[] { "im", "3.", "Quartal" })]
    [TestCase("der 2. größte Markt", new[] { "der", "2.", "größte", "Markt" })]
    [TestCase("am 14.03.2024 um", new[] { "am", "14.03.2024", "um" })]
    [TestCase("im Jahr 2023. Die Zahlen", new[] { "im", "Jahr", "2023", ".", "Die", "Zahlen" })]
    [TestCase("Es waren 3. Die anderen", new[] { "Es", "waren", "3", ".", "Die", "anderen" })]
    public void OrdinalsAndDates(string text, string[] expected) => Assert.That(De(text), Is.EqualTo(expected));

    [Test]
    public void OrdinalAndDateKinds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KindOf("am 3. Oktober", "3."), Is.EqualTo(TokenKind.Ordinal));
            Assert.That(KindOf("am 14.03.2024", "14.03.2024"), Is.EqualTo(TokenKind.Date));
            Assert.That(KindOf("um 10:30 Uhr", "10:30"), Is.EqualTo(TokenKind.Time));
            Assert.That(KindOf("endete 2:1", "2:1"), Is.EqualTo(TokenKind.Time));
        });
    }

    [TestCase("1,5")]
    [TestCase("1.000.000")]
    [TestCase("1'000")]
    [TestCase("3.5")]
    [TestCase("1,234,567.89")]
    [TestCase("-5")]
    public void NumbersStayWhole(string number)
    {
        var tokens = Press.Tokenize($"rund {number} Stück", Language.German);
        Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "rund", number, "Stück" }));
        Assert.That(tokens[1].Kind, Is.EqualTo(TokenKind.Number));
    }

    [TestCase("€3,2 Mio.", new[] { "€", "3,2", "Mio." })]
    [TestCase("3,2 € mehr", new[] { "3,2", "€", "mehr" })]
    [TestCase("3,2€.", new[] { "3,2", "€", "." })]
    [TestCase("5 Mrd. US-$", new[] { "5", "Mrd.", "US-$" })]
    [TestCase("US$5", new[] { "US$", "5" })]
    [TestCase("CHF 10.– und Fr. 50.-", new[] { "CHF", "10.–", "und", "Fr.", "50.-" })]
    [TestCase("18% mehr", new[] { "18", "%", "mehr" })]
    [TestCase("um 2,5 %.", new[] { "um", "2,5", "%", "." })]
    public void CurrencyAndPercentSigns(string text, string[] expected) => Assert.That(De(text), Is.EqualTo(expected));

    [TestCase("$5m deal", new[] { "$", "5", "m", "deal" })]
    [TestCase("€1.5bn.", new[] { "€", "1.5", "bn", "." })]
    public void EnglishScaleSuffixesSplitFromNumbers(string text, string[] expected) => Assert.That(En(text), Is.EqualTo(expected));

    [TestCase("KI-Start-up")]
    [TestCase("Serie-B-Runde")]
    [TestCase("25-fache")]
    [TestCase("Baden-Württemberg")]
    [TestCase("Kund:innen")]
    [TestCase("Mitarbeiter*innen")]
    [TestCase("MitarbeiterInnen")]
    [TestCase("geht's")]
    public void GermanWordsStayWhole(string word)
    {
        var tokens = Press.Tokenize($"Die {word} kommen.", Language.German);
        Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "Die", word, "kommen", "." }));
        Assert.That(tokens[1].Kind, Is.EqualTo(TokenKind.Word));
    }

    [Test]
    public void TruncatedCompoundKeepsItsHyphen() =>
        Assert.That(De("Ein- und Ausfuhr"), Is.EqualTo(new[] { "Ein-", "und", "Ausfuhr" }));

    [Test]
    public void UniversalDependenciesSchemeSplitsHyphens() =>
        Assert.That(
            Ud.Tokenize("Die KI-Start-up und Ein- und Ausfuhr", Language.German).Select(t => t.Text),
            Is.EqualTo(new[] { "Die", "KI", "-", "Start", "-", "up", "und", "Ein", "-", "und", "Ausfuhr" }));

    [TestCase("„Wir wachsen“, sagte er.", new[] { "„", "Wir", "wachsen", "“", ",", "sagte", "er", "." })]
    [TestCase("“Open Weight”-Modelle", new[] { "“", "Open", "Weight", "”", "-Modelle" })]
    [TestCase("»Ja« und «Nein» und ›a‹", new[] { "»", "Ja", "«", "und", "«", "Nein", "»", "und", "›", "a", "‹" })]
    [TestCase("‚Tag‘ und \"Nacht\" und 'Ort'", new[] { "‚", "Tag", "‘", "und", "\"", "Nacht", "\"", "und", "'", "Ort", "'" })]
    [TestCase("(„Ja.“)", new[] { "(", "„", "Ja", ".", "“", ")" })]
    public void EveryQuoteMarkIsItsOwnToken(string text, string[] expected) => Assert.That(De(text), Is.EqualTo(expected));

    [Test]
    public void QuoteMarksHaveQuoteKind()
    {
        var tokens = Press.Tokenize("„a“ “b” ‚c‘ »d« ›e‹ \"f\" 'g'", Language.German);
        Assert.That(tokens.Where(t => t.Kind == TokenKind.QuoteMark).Select(t => t.Text), Is.EqualTo(new[] { "„", "“", "“", "”", "‚", "‘", "»", "«", "›", "‹", "\"", "\"", "'", "'" }));
    }

    [TestCase("don't", new[] { "do", "n't" })]
    [TestCase("it's", new[] { "it", "'s" })]
    [TestCase("Macron's plan", new[] { "Macron", "'s", "plan" })]
    [TestCase("can’t", new[] { "ca", "n’t" })]
    [TestCase("cannot", new[] { "can", "not" })]
    public void EnglishClitics(string text, string[] expected) => Assert.That(En(text), Is.EqualTo(expected));

    [Test]
    public void GermanApostrophesStayInTheWord() =>
        Assert.That(De("So geht's mit Macron's Plan."), Is.EqualTo(new[] { "So", "geht's", "mit", "Macron's", "Plan", "." }));

    [Test]
    public void WebTokens()
    {
        var tokens = Press.Tokenize("Siehe https://mistral.ai/news/la-plateforme. Mail an presse@nordlicht.ai, @nordlicht_ai #KI www.example.de!", Language.German);
        var kinds = tokens.ToDictionary(t => t.Text, t => t.Kind);
        Assert.Multiple(() =>
        {
            Assert.That(kinds["https://mistral.ai/news/la-plateforme"], Is.EqualTo(TokenKind.Url));
            Assert.That(kinds["presse@nordlicht.ai"], Is.EqualTo(TokenKind.Email));
            Assert.That(kinds["@nordlicht_ai"], Is.EqualTo(TokenKind.Handle));
            Assert.That(kinds["#KI"], Is.EqualTo(TokenKind.Hashtag));
            Assert.That(kinds["www.example.de"], Is.EqualTo(TokenKind.Url));
        });
    }

    [TestCase("Super 👍🏽!", "👍🏽")]
    [TestCase("Liebe ❤️ dich", "❤️")]
    [TestCase("Team 🇩🇪 gewinnt", "🇩🇪")]
    [TestCase("Familie 👨‍👩‍👧 heute", "👨‍👩‍👧")]
    [TestCase("Toll :-) sagt er", ":-)")]
    public void EmojiSequencesAreOneToken(string text, string emoji)
    {
        var tokens = Press.Tokenize(text, Language.German);
        Assert.That(tokens.Count(t => t.Text == emoji && t.Kind == TokenKind.Emoji), Is.EqualTo(1));
    }

    [TestCase("Apache 2.0", "2.0", TokenKind.Number)]
    [TestCase("Version v3.1 kommt", "v3.1", TokenKind.Alphanumeric)]
    [TestCase("Mixtral 8x7B ist", "8x7B", TokenKind.Alphanumeric)]
    [TestCase("wie GPT-4.", "GPT-4", TokenKind.Alphanumeric)]
    [TestCase("Airbus A380 fliegt", "A380", TokenKind.Alphanumeric)]
    public void VersionAndModelNames(string text, string token, TokenKind kind) =>
        Assert.That(KindOf(text, token), Is.EqualTo(kind));

    [Test]
    public void TimesStayWhole() =>
        Assert.That(De("um 10:30 Uhr, Endstand 2:1."), Is.EqualTo(new[] { "um", "10:30", "Uhr", ",", "Endstand", "2:1", "." }));

    [Test]
    public void WhitespaceAfterIsReported()
    {
        var tokens = Press.Tokenize("Ja, gut.", Language.German);
        Assert.That(tokens.Select(t => t.WhitespaceAfter), Is.EqualTo(new[] { false, true, false, false }));
    }

    [Test]
    public void EllipsisIsOneToken() =>
        Assert.That(De("Er zögerte... dann…"), Is.EqualTo(new[] { "Er", "zögerte", "...", "dann", "…" }));
}

public class UniversalDependenciesSchemeTests
{
    private static readonly Tokenizer Ud = new(TokenizationScheme.UniversalDependencies);

    private static string[] En(string text) => Ud.Tokenize(text, Language.English).Select(t => t.Text).ToArray();

    [TestCase("an e-mail about non-Microsoft browsers", new[] { "an", "e-mail", "about", "non-Microsoft", "browsers" })]
    [TestCase("the Google-Mozilla deal", new[] { "the", "Google", "-", "Mozilla", "deal" })]
    [TestCase("call 303-832-8160 and/or write", new[] { "call", "303-832-8160", "and", "/", "or", "write" })]
    [TestCase("don't", new[] { "don't" })]
    [TestCase("\"Julie\"<julie@example.net> wrote", new[] { "\"", "Julie", "\"", "<", "julie@example.net", ">", "wrote" })]
    [TestCase("The #1 service?!", new[] { "The", "#", "1", "service", "?!" })]
    [TestCase("CCNG, Inc.. On", new[] { "CCNG", ",", "Inc.", ".", "On" })]
    [TestCase("*** Bush", new[] { "***", "Bush" })]
    public void FollowsEnglishWebTreebankConventions(string text, string[] expected) => Assert.That(En(text), Is.EqualTo(expected));

    [Test]
    public void GermanRepeatedMarksAreSeparateTokensAsInGsd() =>
        Assert.That(Ud.Tokenize("Toll!!", Language.German).Select(t => t.Text), Is.EqualTo(new[] { "Toll", "!", "!" }));
}
