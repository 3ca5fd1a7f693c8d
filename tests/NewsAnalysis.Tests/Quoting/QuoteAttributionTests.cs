using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;

namespace NewsAnalysis.Tests.Quoting;

/// <summary>Every attribution pattern of the quotes issue, German and English, through the standard pipeline without its entity stage (the quote stage's own name reading; the entity path is in <see cref="QuoteEntityTests"/>).</summary>
public class QuoteAttributionTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.CreateBuilder().RemoveStage("entities").Build();

    private static Quote Single(string text, Language language = Language.German, QuoteKind? kind = null)
    {
        var quotes = Analyzer.Analyze(text, language: language).Quotes.Where(q => kind is null || q.Kind == kind).ToList();
        Assert.That(quotes, Has.Count.EqualTo(1), string.Join(" | ", quotes));
        return quotes[0];
    }

    private static void AssertQuote(Quote q, string text, QuoteKind kind, string? speaker, string? mention = null, string? cue = null)
    {
        Assert.Multiple(() =>
        {
            Assert.That(q.Text, Is.EqualTo(text));
            Assert.That(q.Kind, Is.EqualTo(kind));
            Assert.That(q.Speaker, Is.EqualTo(speaker));
            if (mention is not null)
            {
                Assert.That(q.SpeakerMention?.Text, Is.EqualTo(mention));
            }

            if (cue is not null)
            {
                Assert.That(q.Cue?.Text, Is.EqualTo(cue));
            }
        });
    }

    // The second half of a quote split by its cue is direct even when it starts in lower case.
    [TestCase("„Der Hafen bleibt offen“, versprach Tobias Lenz, „auch wenn der Winter hart wird.“", "auch wenn der Winter hart wird.", "de")]
    [TestCase("»Wir haben lange gezögert«, sagte Nora Haupt dem Sender, »und am Ende doch unterschrieben.«", "und am Ende doch unterschrieben.", "de")]
    [TestCase("\"The bridge stays open,\" said Martin Hale, \"whatever the weather does.\"", "whatever the weather does.", "en")]
    [TestCase("„Die Pacht ist zu hoch“, sagte Vereinsgründerin Ida Wenger, „und im Herbst ziehen wir deshalb um.“", "und im Herbst ziehen wir deshalb um.", "de")]
    public void ResumedQuoteIsDirect(string text, string second, string language)
    {
        var quotes = Analyzer.Analyze(text, language: language == "de" ? Language.German : Language.English).Quotes;
        Assert.That(quotes.Select(q => (q.Text, q.Kind)), Has.Member((second, QuoteKind.Direct)));
        Assert.That(quotes.Select(q => q.Kind), Is.All.EqualTo(QuoteKind.Direct));
    }

    // A noun after a preposition behind a cue is no speaker: "hofft seit Jahren" names no one, so the quoted word stays a term.
    [Test]
    public void NounAfterPrepositionIsNoSpeaker() =>
        AssertQuote(Single("Das Dorf am Fluss, das sich gern als „Obstgarten“ anpreist, hofft seit Monaten auf einen Radweg."), "Obstgarten", QuoteKind.Scare, null);

    // A lower-case fragment after a cue that no quote of the same speaker opened stays partial.
    [Test]
    public void FragmentAfterACueStaysPartial() =>
        AssertQuote(Single("Tobias Lenz sagte, der Hafen bleibe „auch im Winter offen“."), "auch im Winter offen", QuoteKind.Partial, "Tobias Lenz");

    // A title after a definite article, or an English one of two or more capitalised words, is no speech.
    [TestCase("Das Urteil sei „absurd“, sagte Jens Bork der „Lausitzer Rundschau“.", "Lausitzer Rundschau", "de")]
    [TestCase("Die Kritikerin Eva Lund schrieb in der »Welt«, das Buch sei »zu lang«.", "Welt", "de")]
    [TestCase("Anna Reed won the award for \"The Quiet Harbour\", her second book, the jury said.", "The Quiet Harbour", "en")]
    public void TitlesAreScareQuotes(string text, string title, string language)
    {
        var quotes = Analyzer.Analyze(text, language: language == "de" ? Language.German : Language.English).Quotes;
        var quote = quotes.Single(q => q.Text == title);
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Scare, (string?)null)));
    }

    // A quote without a cue after a sentence that ends in a speech frame goes on with that frame's speaker.
    [TestCase("Die Zahlen seien „geschönt“, sagte Jens Bork der Zeitung. „Wer so rechnet, täuscht die Wähler.“", "Wer so rechnet, täuscht die Wähler.", "Jens Bork", "de")]
    [TestCase("Ruth Keller chaired the panel. The judges met twice and agreed quickly, she said. \"We never doubted the winner.\"", "We never doubted the winner.", "Ruth Keller", "en")]
    public void QuoteAfterAFramedSentenceTakesItsSpeaker(string text, string quote, string speaker, string language)
    {
        var quotes = Analyzer.Analyze(text, language: language == "de" ? Language.German : Language.English).Quotes;
        var q = quotes.Single(x => x.Text == quote);
        Assert.That((q.Kind, q.Speaker), Is.EqualTo((QuoteKind.Direct, (string?)speaker)));
    }

    // The sentence's own cue verb frames nothing: the earlier direct quote's speaker goes on.
    [Test]
    public void ACueVerbAsTheSentencesOwnVerbFramesNothing()
    {
        const string text = "»Wir bauen neu«, sagte Vorstand Ines Roth. Nur jedes dritte Haus sei gegen Sturm versichert. »Das muss sich ändern.«";
        var q = Analyzer.Analyze(text, language: Language.German).Quotes.Single(x => x.Text == "Das muss sich ändern.");
        Assert.That(q.Speaker, Is.EqualTo("Ines Roth"));
    }

    [Test]
    public void InvertedSagteAfterTheQuote() =>
        AssertQuote(Single("„Wir wachsen weiter“, sagte Jonas Wendt am Montag."), "Wir wachsen weiter", QuoteKind.Direct, "Jonas Wendt", "Jonas Wendt", "sagte");

    [Test]
    public void SoAfterTheQuoteAndTheFullestNameFromEarlier() =>
        AssertQuote(
            Single("Die Partnerin Priya Osterfeld investiert. „Das Team ist schnell“, so Osterfeld."),
            "Das Team ist schnell", QuoteKind.Direct, "Priya Osterfeld", "Osterfeld", "so");

    [Test]
    public void ColonIntroduction() =>
        AssertQuote(Single("Technikchefin Dr. Lea Brandt sagte: „Wir trainieren das effizienteste Modell.“"),
            "Wir trainieren das effizienteste Modell.", QuoteKind.Direct, "Lea Brandt", "Lea Brandt", "sagte");

    [Test]
    public void BekraeftigteWithSurnameOnly() =>
        AssertQuote(Single("Arthur Mensch gründete die Firma 2023. „Wir sind nicht zu verkaufen“, bekräftigte Mensch."),
            "Wir sind nicht zu verkaufen", QuoteKind.Direct, "Arthur Mensch", "Mensch", "bekräftigte");

    [Test]
    public void PronounErFindsTheMalePerson()
    {
        var q = Single("Anna Kolb und Daniel Brooks unterschrieben den Vertrag, zuerst Kolb. Er sagte: „Europa hat Talent.“");
        AssertQuote(q, "Europa hat Talent.", QuoteKind.Direct, "Daniel Brooks", "Er", "sagte");
    }

    [Test]
    public void PronounSieFindsTheFemalePerson()
    {
        var q = Single("Daniel Brooks widersprach Anna Kolb nur in einem Punkt. Sie sagte: „Wir brauchen mehr Leitungen.“");
        AssertQuote(q, "Wir brauchen mehr Leitungen.", QuoteKind.Direct, "Anna Kolb", "Sie", "sagte");
    }

    [Test]
    public void PluralSieIsNobody()
    {
        var q = Single("Anna Kolb und Daniel Brooks gingen zur Presse. Sie sagten: „Wir haben verhandelt.“");
        Assert.That(q.Speaker, Is.Null);
        Assert.That(q.Kind, Is.EqualTo(QuoteKind.Direct));
    }

    [Test]
    public void PronounPrefersTheSubjectOfThePreviousSentence()
    {
        var q = Single("Thomas Weber traf Jonas Kurz in Berlin. „Es war ein gutes Gespräch“, sagte er.");
        Assert.That(q.Speaker, Is.EqualTo("Thomas Weber"));
    }

    [Test]
    public void AddresseeAfterTheSpeakerIsNotTheSpeaker() =>
        AssertQuote(Single("„Timo ist jeden Cent wert“, sagte Sportvorstand Clemens Hartmann der Badischen Zeitung."),
            "Timo ist jeden Cent wert", QuoteKind.Direct, "Clemens Hartmann", "Clemens Hartmann", "sagte");

    [Test]
    public void FrontedAddresseeIsNotTheSpeaker()
    {
        var q = Single("Daniel Brooks kam nach Dresden. Gegenüber Fortune stellte er klar: „Wir kaufen hier Zeit.“");
        AssertQuote(q, "Wir kaufen hier Zeit.", QuoteKind.Direct, "Daniel Brooks", "er", "stellte er klar");
    }

    [Test]
    public void LautBeforeAPartialQuote() =>
        AssertQuote(Single("Laut Staatssekretär Dr. Jan Bauer ist der Entwurf „auf Kante genäht“."),
            "auf Kante genäht", QuoteKind.Partial, "Jan Bauer", "Jan Bauer", "Laut");

    [Test]
    public void ZufolgeAfterTheSpeaker() =>
        AssertQuote(Single("Dem Forschungsinstitut Fiskalwerk zufolge ist der Etat „auf optimistischen Annahmen gebaut“."),
            "auf optimistischen Annahmen gebaut", QuoteKind.Partial, "Fiskalwerk", "Fiskalwerk", "zufolge");

    [Test]
    public void HeisstEsInEinerMitteilungVonAnOrganisation() =>
        AssertQuote(Single("„Städte tragen immer neue Lasten“, heißt es in einer Mitteilung von Kommunalforum Deutschland."),
            "Städte tragen immer neue Lasten", QuoteKind.Direct, "Kommunalforum Deutschland", "Kommunalforum Deutschland", "heißt es");

    [Test]
    public void HeisstEsDerBankRefersBackToTheCompany() =>
        AssertQuote(Single("Die Rheinische Handelsbank AG legte Zahlen vor. „Wir haben geliefert“, heißt es in einer Mitteilung der Bank."),
            "Wir haben geliefert", QuoteKind.Direct, "Rheinische Handelsbank AG", "Bank", "heißt es");

    [Test]
    public void FuegteHinzuDassPartial() =>
        AssertQuote(Single("Die Ökonomin Helena Graf sieht Licht. Graf fügte hinzu, dass „eine echte Trendwende frühestens 2026“ zu erwarten sei."),
            "eine echte Trendwende frühestens 2026", QuoteKind.Partial, "Helena Graf", "Graf", "fügte hinzu");

    [Test]
    public void SprachVonPartialButNotForAGenericSubject()
    {
        var text = "Trainer Marco Kessler sprach von einem »gebrauchten Nachmittag«. Branchenbeobachter sprechen von einer »goldenen Phase«.";
        var quotes = Analyzer.Analyze(text, language: Language.German).Quotes;
        Assert.That(quotes, Has.Length.EqualTo(2));
        AssertQuote(quotes[0], "gebrauchten Nachmittag", QuoteKind.Partial, "Marco Kessler");
        AssertQuote(quotes[1], "goldenen Phase", QuoteKind.Scare, null);
    }

    [Test]
    public void ContinuationParagraphAndContinuationInTheSameParagraph()
    {
        var text = "»Ich habe drei Wochen gewartet«, sagte Timo Schmied nach dem Abpfiff. »Im Training lief es gut.«\n\n»Beim ersten Tor habe ich nur gehofft.«\n\nDer Verein ist Dritter.";
        var quotes = Analyzer.Analyze(text, language: Language.German).Quotes;
        Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Timo Schmied"));
        Assert.That(quotes.Select(q => q.Kind), Is.All.EqualTo(QuoteKind.Direct));
        Assert.That(quotes, Has.Length.EqualTo(3));
    }

    [Test]
    public void ContinuationDoesNotJumpOverNarrative()
    {
        var text = "„Wir wachsen“, sagte Jonas Wendt. Die Firma hat 80 Beschäftigte. Sie sitzt in Paris. Der Umsatz stieg.\n\n„Die Stimmung ist gut.“";
        var quotes = Analyzer.Analyze(text, language: Language.German).Quotes;
        Assert.That(quotes[1].Speaker, Is.Null);
    }

    [Test]
    public void MultiParagraphQuoteIsOneQuote()
    {
        var text = "Lena Hoffmann sagte:\n\n„Wer heute spart, zahlt morgen.\n\n„Das gilt auch für die Bildung.“\n\nDanach ging sie.";
        var q = Single(text);
        Assert.That(q.Text, Is.EqualTo("Wer heute spart, zahlt morgen.\n\n„Das gilt auch für die Bildung."));
        Assert.That(q.Speaker, Is.EqualTo("Lena Hoffmann"));
        Assert.That(text[q.Start..q.End], Is.EqualTo(q.Text));
    }

    // A quote between a possessive and the noun it names is that noun's name or modifier, even in a sentence whose
    // cue names a speaker: a term, no one's words.
    [TestCase("Helen Marsh admitted that staff would share £2m under the firm’s “service first” programme.", "service first")]
    [TestCase("Helen Marsh said that the council had dropped its “green streets” plan for the centre.", "green streets")]
    public void AQuoteBetweenAPossessiveAndItsNounIsScare(string text, string term) =>
        AssertQuote(Single(text, Language.English), term, QuoteKind.Scare, null);

    [Test]
    public void ScareQuotesHaveNoSpeaker()
    {
        var text = "Nordlicht vermarktet es als “Open Weight”: Die Gewichte sind frei. Den Assistenten “Polaris” gibt es seit 2024. Das Programm heißt „Jung kauft Alt“.";
        var quotes = Analyzer.Analyze(text, language: Language.German).Quotes;
        Assert.That(quotes, Has.Length.EqualTo(3));
        Assert.That(quotes.Select(q => q.Kind), Is.All.EqualTo(QuoteKind.Scare));
        Assert.That(quotes.Select(q => q.Speaker), Is.All.Null);
    }

    [Test]
    public void TitleInAHeadlineIsScare() =>
        Assert.That(Single("„Zimmer Nr. 5“ feiert umjubelte Uraufführung\n\nHamburg – Die Premiere war ausverkauft.").Kind, Is.EqualTo(QuoteKind.Scare));

    [Test]
    public void NestedQuoteIsScareInsideADirectQuote()
    {
        var quotes = Analyzer.Analyze("„Als ich ‚Zimmer Nr. 5‘ schrieb, dachte ich nie an eine Bühne“, sagte Johanna Fuchs.", language: Language.German).Quotes;
        Assert.That(quotes, Has.Length.EqualTo(2));
        AssertQuote(quotes[0], "Als ich ‚Zimmer Nr. 5‘ schrieb, dachte ich nie an eine Bühne", QuoteKind.Direct, "Johanna Fuchs");
        AssertQuote(quotes[1], "Zimmer Nr. 5", QuoteKind.Scare, null);
    }

    [TestCase("„Wir bleiben hier“, sagte Sabine Wolf.")]
    [TestCase("“Wir bleiben hier”, sagte Sabine Wolf.")]
    [TestCase("\"Wir bleiben hier\", sagte Sabine Wolf.")]
    [TestCase("»Wir bleiben hier«, sagte Sabine Wolf.")]
    [TestCase("«Wir bleiben hier», sagte Sabine Wolf.")]
    [TestCase("„Wir bleiben hier”, sagte Sabine Wolf.")]
    public void EveryMarkConvention(string text) =>
        AssertQuote(Single(text), "Wir bleiben hier", QuoteKind.Direct, "Sabine Wolf", "Sabine Wolf", "sagte");

    [Test]
    public void StraightNestedSingleQuotes()
    {
        var quotes = Analyzer.Analyze("\"Von einer 'Krise' würde ich nicht sprechen\", so Oliver Brandt.", language: Language.German).Quotes;
        Assert.That(quotes.Select(q => (q.Text, q.Kind)), Is.EqualTo(new[] { ("Von einer 'Krise' würde ich nicht sprechen", QuoteKind.Direct), ("Krise", QuoteKind.Scare) }));
        Assert.That(quotes[0].Speaker, Is.EqualTo("Oliver Brandt"));
    }

    [Test]
    public void EnglishSaidAfterTheQuote() =>
        AssertQuote(Single("“We never stop believing,” said Sam Bird, who scored twice.", Language.English),
            "We never stop believing,", QuoteKind.Direct, "Sam Bird", "Sam Bird", "said");

    [Test]
    public void EnglishSpeakerThenSaid() =>
        AssertQuote(Single("Miriam Oduya curated the show. “People will come for the story,” Oduya said.", Language.English),
            "People will come for the story,", QuoteKind.Direct, "Miriam Oduya", "Oduya", "said");

    [Test]
    public void EnglishColon() =>
        AssertQuote(Single("Laura Whitcombe said: “We have made real progress.”", Language.English),
            "We have made real progress.", QuoteKind.Direct, "Laura Whitcombe", "Laura Whitcombe", "said");

    [Test]
    public void EnglishSheAdded() =>
        AssertQuote(Single("Nadia Okafor leads the institute. “Roughly a quarter is at risk,” she added.", Language.English),
            "Roughly a quarter is at risk,", QuoteKind.Direct, "Nadia Okafor", "she", "added");

    [Test]
    public void EnglishAccordingTo() =>
        AssertQuote(Single("The increase is “modest and temporary”, according to Treasury officials.", Language.English),
            "modest and temporary", QuoteKind.Partial, "Treasury", "Treasury", "according to");

    [Test]
    public void EnglishToldReutersWithoutColon() =>
        AssertQuote(Single("Nadia Okafor told Reuters \"The forecasts are plausible.\"", Language.English),
            "The forecasts are plausible.", QuoteKind.Direct, "Nadia Okafor", "Nadia Okafor", "told");

    [Test]
    public void EnglishGenericSubjectGivesAScareQuote() =>
        AssertQuote(Single("She pointed to what researchers have called the “step-count paradox”: people move less.", Language.English),
            "step-count paradox", QuoteKind.Scare, null);

    [Test]
    public void TheCompanyRefersToACompanyNotToAFoundation() =>
        AssertQuote(
            Single("Stridewell Inc. paid for the devices. The rest came from the Halvard Foundation.\n\n“We provided hardware and nothing else,” the company said.", Language.English),
            "We provided hardware and nothing else,", QuoteKind.Direct, "Stridewell Inc.", "company", "said");

    [Test]
    public void APossessorIsNotTheSpeaker() =>
        AssertQuote(Single("“Exhibitions like this are why a museum exists,” the museum’s director, Jonathan Hale, said.", Language.English),
            "Exhibitions like this are why a museum exists,", QuoteKind.Direct, "Jonathan Hale", "Jonathan Hale", "said");

    [Test]
    public void LoneFirstNameInAnAppositionIsAPerson()
    {
        var text = "Gwen Halloway owns the shop. Her son Ben, who runs the ovens, was cautious. “We only have two ovens,” he said.";
        Assert.That(Single(text, Language.English).Speaker, Is.EqualTo("Ben"));
    }

    [Test]
    public void ColonAtTheEndOfTheParagraphIntroducesTheNextOne() =>
        AssertQuote(Single("Ashford manager Ray Mason was blunt. Speaking at 7:40 p.m., he said:\n\n\"We were second best for an hour.\"\n\nThe club is fifth.", Language.English),
            "We were second best for an hour.", QuoteKind.Direct, "Ray Mason", "he", "said");

    [Test]
    public void ColonAfterAPersonWithoutSpeechVerb() =>
        AssertQuote(Single("Vereinspräsident Jürgen Maas zeigte sich zufrieden: »So eine Stimmung hatten wir seit Jahren nicht.«"),
            "So eine Stimmung hatten wir seit Jahren nicht.", QuoteKind.Direct, "Jürgen Maas", "Jürgen Maas");

    [Test]
    public void GenitiveApostrophesDoNotBreakStraightQuotes()
    {
        var q = Single("The Supporters' Trust said the cuts were \"a betrayal of the fans' trust\" and called for a review.", Language.English);
        Assert.That(q.Text, Is.EqualTo("a betrayal of the fans' trust"));
        Assert.That(q.Kind, Is.Not.EqualTo(QuoteKind.Direct));
    }

    [Test]
    public void NameAfterNamensIsATerm() =>
        AssertQuote(Single("Sie fügte hinzu, dass die Stadtwerke ein Programm namens „Wärme für alle“ aufgelegt hätten. Das sagte Henrike Albrecht."),
            "Wärme für alle", QuoteKind.Scare, null);

    [Test]
    public void DashBeforeSo() =>
        AssertQuote(Single("„Das ist ein guter Tag“ – so Karl Müller, Chef der Firma."), "Das ist ein guter Tag", QuoteKind.Direct, "Karl Müller", "Karl Müller", "so");

    [Test]
    public void OrganisationNounFollowedByItsName() =>
        AssertQuote(Single("Die Gewerkschaft Verdi kritisierte, der Plan sei „ein Witz“."), "ein Witz", QuoteKind.Partial, "Verdi", "Verdi", "kritisierte");

    [Test]
    public void BritishSingleQuotes() =>
        AssertQuote(Single("Anna Berg thanked the fans. 'You were amazing,' she said.", Language.English),
            "You were amazing,", QuoteKind.Direct, "Anna Berg", "she", "said");

    [Test]
    public void UnnamedSpokespersonMakesAPartialWithoutSpeaker() =>
        AssertQuote(Single("Die Staatsanwaltschaft war zufrieden. Ein Sprecher sagte, das Gericht sei „in allen wesentlichen Punkten“ der Anklage gefolgt."),
            "in allen wesentlichen Punkten", QuoteKind.Partial, null);

    [TestCase("A local farmer, who asked not to be named, called the scheme “a slow disaster”.", "a slow disaster")]
    [TestCase("Her neighbour described the noise as “unbearable at night”.", "unbearable at night")]
    public void EnglishUnnamedPersonWithAnAdjectiveOrPossessiveMakesAPartialWithoutSpeaker(string text, string inner)
    {
        AssertQuote(Single(text, Language.English), inner, QuoteKind.Partial, null);
    }

    [Test]
    public void EnglishSecondFragmentJoinedByAndSharesTheCue()
    {
        var quotes = Analyzer.Analyze("Marta Quinn said the board would “look again at the figures” and that staff had acted “in good faith”. Critics welcomed the “fresh start”.", language: Language.English).Quotes;
        Assert.That(quotes, Has.Length.EqualTo(3), string.Join(" | ", quotes));
        AssertQuote(quotes[0], "look again at the figures", QuoteKind.Partial, "Marta Quinn");
        AssertQuote(quotes[1], "in good faith", QuoteKind.Partial, "Marta Quinn", "Marta Quinn");
        AssertQuote(quotes[2], "fresh start", QuoteKind.Scare, null);
    }

    [Test]
    public void SentenceInitialCommonNounIsNoName() =>
        AssertQuote(Single("The Met Office issued a warning. Forecasters described the system as \"unusually slow-moving\".", Language.English),
            "unusually slow-moving", QuoteKind.Scare, null);

    [Test]
    public void OffsetsIndexTheExactText()
    {
        var text = "Paris – „Wir wachsen“, sagte Jonas Wendt. \"Gut\", so er.";
        foreach (var q in Analyzer.Analyze(text, language: Language.German).Quotes)
        {
            Assert.Multiple(() =>
            {
                Assert.That(text[q.Start..q.End], Is.EqualTo(q.Text));
                Assert.That(q.OuterStart, Is.EqualTo(q.Start - 1));
                Assert.That(q.OuterEnd, Is.EqualTo(q.End + 1));
                if (q.SpeakerMention is { } m)
                {
                    Assert.That(text[m.Start..m.End], Is.EqualTo(m.Text));
                }

                if (q.Cue is { } c)
                {
                    Assert.That(text[c.Start..c.End], Is.EqualTo(c.Text));
                }
            });
        }
    }

    // "verwies auf" is a cue: what the speaker points to in quotation marks are the speaker's words.
    [Test]
    public void VerweisenAufIsACue() =>
        AssertQuote(Single("Kämmerin Ulla Brandt verwies im Ausschuss auf „harte, aber notwendige Einschnitte“ im Etat."),
            "harte, aber notwendige Einschnitte", QuoteKind.Partial, "Ulla Brandt", "Ulla Brandt", "verwies");

    // One quoted noun after the author's own inflected adjective names a thing, even under a speaker's cue.
    [TestCase("Bürgermeister Paul Ernst verwies auf den 2019 beschlossenen „Klimapakt“, der bis 2030 gilt.", "Klimapakt")]
    [TestCase("Paul Ernst sprach von dem neuen „Bürgerhaushalt“, den der Rat eingeführt hat.", "Bürgerhaushalt")]
    public void AQuotedNounAfterTheAuthorsAdjectiveIsATerm(string text, string term) =>
        AssertQuote(Single(text), term, QuoteKind.Scare, null);

    // After "a" and before a preposition, an English fragment under a named speaker's cue is the speaker's phrase.
    [Test]
    public void AnIndefiniteFragmentBeforeAPrepositionIsTheSpeakersPhrase() =>
        AssertQuote(Single("Older pumps waste heat, which Colin Marsh said left tenants in a “cold lottery” between landlords and councils.", Language.English),
            "cold lottery", QuoteKind.Partial, "Colin Marsh", "Colin Marsh", "said");

    // A promoting verb before "as" names the thing, even in a clause a named speaker reports.
    [TestCase("Gwen Price said the fair drew 9,000 people to what the town markets as “the cheese capital” of Wales.", "the cheese capital")]
    [TestCase("Gwen Price said the fair drew 9,000 people to what was billed as “the cheese fair” this year.", "the cheese fair")]
    public void APromotingVerbBeforeAsNamesATerm(string text, string term) =>
        AssertQuote(Single(text, Language.English), term, QuoteKind.Scare, null);

    // A possessive's apostrophe joins its word: "Europe’s busiest port" is a term of three words, as short as a name is.
    [Test]
    public void APossessiveIsOneWordOfATerm() =>
        AssertQuote(Single("Lena Ford said trade grew at what is known as “Europe’s busiest port” last year.", Language.English),
            "Europe’s busiest port", QuoteKind.Scare, null);

    // A present form that is also a noun ("calls", "notes") is the cue verb right after "he" or "she".
    [TestCase("Ben Carter, a farmer from Leek, sold his herd after years of what he calls working his life away for “a price set by a supermarket”.",
        "a price set by a supermarket", "Ben Carter", "calls")]
    [TestCase("Maya Lund left the band in 2019, and she notes that touring had become “a grind with no end in sight”.",
        "a grind with no end in sight", "Maya Lund", "notes")]
    public void APresentFormAfterAPronounIsACue(string text, string fragment, string speaker, string cue) =>
        AssertQuote(Single(text, Language.English), fragment, QuoteKind.Partial, speaker, null, cue);

    // The noun reading stays no cue: "calls" after anything but "he"/"she" gives no speaker.
    [Test]
    public void APresentFormAsANounIsNoCue() =>
        AssertQuote(Single("Emergency calls about “unsafe cladding” rose sharply in the city.", Language.English),
            "unsafe cladding", QuoteKind.Scare, null);

    [Test]
    public void ATermAfterTheCuesOwnArticleIsTheSpeakersPhrase() =>
        AssertQuote(Single("Ortsvorsteher Jonas Reiter sprach von einem „kompletten Desaster“ und verließ den Saal."),
            "kompletten Desaster", QuoteKind.Partial, "Jonas Reiter", "Jonas Reiter", "sprach von");

    [Test]
    public void AQuoteAfterAColonGoesOnThePartialQuoteOfItsSentence()
    {
        var quotes = Analyzer.Analyze("Tim Grau räumte ein, man habe „zu spät gehandelt“, der Plan sei aber richtig: „Niemand wurde verletzt.“", language: Language.German).Quotes;
        Assert.That(quotes, Has.Length.EqualTo(2));
        AssertQuote(quotes[0], "zu spät gehandelt", QuoteKind.Partial, "Tim Grau", "Tim Grau", "räumte ein");
        AssertQuote(quotes[1], "Niemand wurde verletzt.", QuoteKind.Direct, "Tim Grau", "Tim Grau");
    }

    [Test]
    public void SelbstBetweenTheSubjectAndTheCue() =>
        AssertQuote(Single("Peter Sand selbst sagte knapp: „Wir machen weiter.“"), "Wir machen weiter.", QuoteKind.Direct, "Peter Sand", "Peter Sand", "sagte");

    // The speaker is named earlier; the attribution refers back through the subject ("nach eigenen Worten") or a
    // definite description ("die frühere Bäckerin", "Der Steuerberater"), which the mention keeps.
    [TestCase("Die Chefin Andrea Wendler stellte den Plan vor. Mit dem Vertrag will Wendler nach eigenen Worten „ein neues Kapitel“ aufschlagen.",
        "ein neues Kapitel", QuoteKind.Partial, "Andrea Wendler", "Wendler", "nach eigenen Worten", TestName = "NachEigenenWortenMakesTheSubjectTheSpeaker")]
    [TestCase("Unter den Gästen war auch Marta Liebig aus Celle, die ihr Haus verloren hat. „Ich habe nichts mehr“, sagte die frühere Bäckerin.",
        "Ich habe nichts mehr", QuoteKind.Direct, "Marta Liebig", "Bäckerin", "sagte", TestName = "ADefiniteDescriptionAfterTheCueRefersBackToThePerson")]
    [TestCase("Karl Horn gab sich zuversichtlich. Der Steuerberater aus dem Ortsteil Kirchdorf sprach von einem „guten Jahr“ und lachte.",
        "guten Jahr", QuoteKind.Partial, "Karl Horn", "Steuerberater", "sprach von", TestName = "ADefiniteRoleAsTheSubjectRefersBackToThePerson")]
    public void TheSpeakerNamedEarlierIsFoundThroughTheAttribution(string text, string inner, QuoteKind kind, string speaker, string mention, string cue) =>
        AssertQuote(Single(text), inner, kind, speaker, mention, cue);

    [Test]
    public void ASpokesmanOfSomeoneElseOrAPluralIsNoDescriptionOfTheLastPerson()
    {
        var spokesman = Single("Anna Berg kam spät. „Es war ein gutes Spiel“, sagte der Sprecher des Vereins.");
        var plural = Single("Lena Ott leitete die Studie. „Das Ergebnis ist eindeutig“, sagten die Forscher.");
        Assert.Multiple(() =>
        {
            Assert.That(spokesman.Speaker, Is.Not.EqualTo("Anna Berg"));
            Assert.That(plural.Speaker, Is.Not.EqualTo("Lena Ott"));
        });
    }

    // A separable speech verb after the quote: the speaker stands between the verb and its particle.
    [TestCase("Die Ministerin Petra Lohmann stellte den Plan vor. „Der Zeitplan war zu knapp bemessen“, räumte Lohmann ein.", "Petra Lohmann")]
    [TestCase("„Im Herbst eröffnen wir drei neue Filialen“, kündigte Jakob Rehm am Mittwoch an.", "Jakob Rehm")]
    [TestCase("Ole Brandt stand vor Gericht. „Ich habe davon nichts gewusst“, wies Brandt die Vorwürfe zurück.", "Ole Brandt")]
    public void SeparableCueAfterTheQuoteHasItsSpeakerBeforeTheParticle(string text, string speaker) =>
        Assert.That(Single(text).Speaker, Is.EqualTo(speaker));

    // A German Konjunktiv clause reports speech: a fragment quoted in it is partial, and the speaker cited just before speaks.
    [TestCase("Die Brücke müsse bald saniert werden, sagte Bürgermeisterin Karla Wendt am Dienstag. Der Beton sei „an vielen Stellen mürbe“.", "an vielen Stellen mürbe", "Karla Wendt")]
    [TestCase("Der Trainer Paul Ebert lobte seine Elf für einen „mutigen Auftritt“, der Klassenerhalt sei aber „noch längst nicht geschafft“.", "noch längst nicht geschafft", "Paul Ebert")]
    public void FragmentInAKonjunktivClauseIsPartial(string text, string inner, string speaker)
    {
        var quote = Analyzer.Analyze(text, language: Language.German).Quotes.Single(q => q.Text == inner);
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Partial, speaker)));
    }

    // A quoted noun stays a term even in a Konjunktiv clause, and an indicative clause makes no reported speech.
    [TestCase("Die Händler klagten, der Winter sei wie der „Jahrhundertwinter“ 1979 gewesen.", "Jahrhundertwinter")]
    [TestCase("Die Gäste kamen zahlreich, die Halle gilt seit Jahren als „gute Stube“ der Stadt.", "gute Stube")]
    [TestCase("Die Spiele der Saison waren spannend, und in der Kurve herrschte „beste Stimmung seit Jahren“.", "beste Stimmung seit Jahren")]
    public void TermInAClauseWithoutReportedSpeechStaysScare(string text, string inner) =>
        Assert.That(Analyzer.Analyze(text, language: Language.German).Quotes.Single(q => q.Text == inner).Kind, Is.EqualTo(QuoteKind.Scare));

    // A name the speaker reports stays a name: a German title after the noun it names, and what a thing is "known as".
    [TestCase("Das neue Konto „Grün & Frei Max“ hätten schon 8.000 Kunden eröffnet, sagte Vertriebschefin Ilka Brandes.", Language.German, "Grün & Frei Max")]
    [TestCase("Ranger Tom Ashby said walkers had avoided the path, known locally as “the iron ladder”, all winter.", Language.English, "the iron ladder")]
    public void NameInsideReportedSpeechIsScare(string text, Language language, string inner)
    {
        var quote = Analyzer.Analyze(text, language: language).Quotes.Single(q => q.Text == inner);
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Scare, (string?)null)));
    }

    // A fragment of reported speech stays partial where a conjunction ends its noun phrase ("had a “…” and …") and where a
    // Konjunktiv II form ("hätten") stands for the Konjunktiv I that looks like the indicative.
    [TestCase("Harbour master Ian Pryce said the new pontoons had a “shaky start” and would be checked again in May.", Language.English, "shaky start")]
    [TestCase("„Wir sind zufrieden“, sagte Kämmerin Ute Brandl. Die Gewerbesteuern hätten die Ausfälle „fast vollständig aufgefangen“.", Language.German, "fast vollständig aufgefangen")]
    public void FragmentOfReportedSpeechIsPartial(string text, Language language, string inner) =>
        Assert.That(Analyzer.Analyze(text, language: language).Quotes.Single(q => q.Text == inner).Kind, Is.EqualTo(QuoteKind.Partial));

    // A sentence that opens with the speaker and the cue ("Okafor said he …") frames the cue-less quote after it.
    [Test]
    public void QuoteAfterASentenceOpeningWithSpeakerAndCueTakesThatSpeaker()
    {
        const string text = "Winger Daniel Okafor scored twice in the second half.\n\nOkafor said he had not expected to start. “Two goals on my debut is more than I dreamed of.”";
        var quote = Analyzer.Analyze(text, language: Language.English).Quotes.Single();
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Direct, "Daniel Okafor")));
    }

    // An English speech verb with a reported clause makes its quoted fragment partial even when the subject is no known name.
    [TestCase("Harrowfield Rail, which runs the branch line, said the new timetable was “a clear improvement” for commuters.", "a clear improvement")]
    [TestCase("The Borland Trust, a charity founded in 1990, said its reserves were “close to exhausted”.", "close to exhausted")]
    public void FragmentOfAReportedEnglishClauseIsPartial(string text, string inner)
    {
        var quote = Analyzer.Analyze(text, language: Language.English).Quotes.Single(q => q.Text == inner);
        Assert.That(quote.Kind, Is.EqualTo(QuoteKind.Partial));
    }

    // A naming word between the speech verb and the quote, or "as" right before it, makes the quote a term.
    [TestCase("The regulator said growers still use what farmers call “dry sowing” in the east.", "dry sowing")]
    [TestCase("The landlord said the flats were listed under the heading “urban lofts” online.", "urban lofts")]
    [TestCase("The ministry said such delays would count as “force majeure” under the contract.", "force majeure")]
    public void NamedTermInAReportedEnglishClauseStaysScare(string text, string inner)
    {
        var quote = Analyzer.Analyze(text, language: Language.English).Quotes.Single(q => q.Text == inner);
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Scare, (string?)null)));
    }

    // "called <object> a “…”": a short object between the naming verb and the article still leaves the words to its subject.
    [Test]
    public void NamingVerbWithAShortObjectGivesAPartialQuote()
    {
        var quote = Analyzer.Analyze("Mayor Tom Fenwick opened the bridge. He called the delay an “honest mistake” and thanked the crews.", language: Language.English)
            .Quotes.Single(q => q.Text == "honest mistake");
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Partial, "Tom Fenwick")));
    }

    // The article after the cue verb's own preposition ("warnte vor einer", "warned of a") opens what the speaker speaks of:
    // the quoted words there are the speaker's, even with a word of the author after them.
    [TestCase("Die Ökonomin Lea Brandt sieht die Zahlen nüchtern. Zugleich warnte sie vor einer „stillen Verödung“ der Innenstädte.", Language.German, "stillen Verödung", "Lea Brandt", "warnte")]
    [TestCase("Betriebsrat Uwe Haller klagte am Montag über einen „schleichenden Abbau“ im Werk.", Language.German, "schleichenden Abbau", "Uwe Haller", "klagte")]
    [TestCase("Councillor Mary Holt warned of a “slow collapse” in the town centre.", Language.English, "slow collapse", "Mary Holt", "warned")]
    public void FragmentAfterTheCuePrepositionIsPartial(string text, Language language, string inner, string speaker, string cue)
    {
        var quote = Analyzer.Analyze(text, language: language).Quotes.Single(q => q.Text == inner);
        Assert.That((quote.Kind, quote.Speaker, quote.Cue?.Text), Is.EqualTo((QuoteKind.Partial, speaker, cue)));
    }

    // A title after such a preposition and a definite article still names a work.
    [Test]
    public void TitleAfterTheCuePrepositionStaysScare()
    {
        var quote = Analyzer.Analyze("Intendant Jens Falk sprach am Abend über die „Zauberflöte“ und die Pläne für 2026.", language: Language.German)
            .Quotes.Single(q => q.Text == "Zauberflöte");
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Scare, (string?)null)));
    }

    // A naming verb that is itself the cue has a speaker for its subject: what that speaker names a thing "als" are the
    // speaker's words ("known as" without a speaker still names a term: NameInsideReportedSpeechIsScare).
    [TestCase("Ob die Fähre im März wieder fährt, ist unklar. Reeder Tobias Krull nannte den Mai als „spätesten vertretbaren Zeitpunkt“.", "spätesten vertretbaren Zeitpunkt", "Tobias Krull")]
    [TestCase("Schulleiterin Anne Vogt nennt die Sommerferien als „einzig realistisches Zeitfenster“ für den Umbau.", "einzig realistisches Zeitfenster", "Anne Vogt")]
    public void WhatTheSpeakerNamesSomethingAsIsPartial(string text, string inner, string speaker)
    {
        var quote = Analyzer.Analyze(text, language: Language.German).Quotes.Single(q => q.Text == inner);
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Partial, speaker)));
    }

    // Konjunktiv I forms of everyday verbs ("entspreche", "genüge") mark reported speech as "sei" does.
    [TestCase("Die Stadtwerke weisen die Kritik zurück: Das Netz entspreche den Vorschriften „in vollem Umfang“.", "in vollem Umfang")]
    [TestCase("Der Verband widerspricht: Die Ausbildung genüge den Anforderungen „ohne jede Einschränkung“.", "ohne jede Einschränkung")]
    public void FragmentInAClauseWithAnEverydayKonjunktivIsPartial(string text, string inner) =>
        Assert.That(Analyzer.Analyze(text, language: Language.German).Quotes.Single(q => q.Text == inner).Kind, Is.EqualTo(QuoteKind.Partial));

    [Test]
    public void LexiconHasTheRequiredSize()
    {
        var lexicon = QuoteLexicon.Default;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.GermanCueCount, Is.GreaterThanOrEqualTo(150));
            Assert.That(lexicon.EnglishCueCount, Is.GreaterThanOrEqualTo(100));
            Assert.That(lexicon.Cues(Language.German, "sagte").ToArray(), Is.Not.Empty);
            Assert.That(lexicon.Cues(Language.German, "räumte").ToArray().Any(f => f.Rest.SequenceEqual(["ein"])), Is.True);
            Assert.That(lexicon.Cues(Language.English, "according").ToArray(), Is.Not.Empty);
        });
    }

    // "the Dutchman said", "the 34-year-old said": an English description of one person refers back to the person
    // named in the sentence before; the nationality word itself is never the speaker.
    [TestCase("Coach Pieter Lindqvist was furious.\n\n“We gave the game away,” the Dutchman said. “Nobody defended.”", "Pieter Lindqvist")]
    [TestCase("The forward Hanna Rudd watched from the bench.\n\n“I wanted to be out there,” the 34-year-old said. “It hurt.”", "Hanna Rudd")]
    [TestCase("Selma Oduya, the mayor, opened the bridge.\n\n“This took far too long,” said the Nigerian. “It is finally done.”", "Selma Oduya")]
    [TestCase("Head coach David Pryce was blunt.\n\n“We were second best all night,” the Welshman said. “That has to change.”", "David Pryce")]
    public void EnglishDescriptionRefersBack(string text, string speaker)
    {
        var quotes = Analyzer.Analyze(text, language: Language.English).Quotes;
        Assert.That(quotes, Has.Length.EqualTo(2), string.Join(" | ", quotes));
        Assert.That(quotes.Select(q => (q.Kind, q.Speaker)), Is.All.EqualTo((QuoteKind.Direct, speaker)));
    }

    // A nationality word alone next to a cue names nobody: no speaker rather than "Norwegian".
    [Test]
    public void NationalityWordIsNoSpeaker()
    {
        var quotes = Analyzer.Analyze("“The wind turned at the last buoy,” Norwegian said.", language: Language.English).Quotes;
        Assert.That(quotes.Select(q => q.Speaker), Has.None.EqualTo("Norwegian"));
    }

    // A capitalised verb after a quote that ends its own sentence opens the author's next sentence: no inverted cue,
    // so the quote goes on in the previous speaker's voice.
    [TestCase("Die Anwältin Jana Roth wirkte gefasst. »Wir legen Berufung ein«, sagte Roth. »Das Urteil hält nicht.« Gemeint ist die Kammer in Passau, deren Vorsitzender schweigt.", "Das Urteil hält nicht.", "Jana Roth", "de")]
    [TestCase("Der Trainer Ole Brandt war zufrieden. »Wir haben gekämpft«, sagte Brandt. »Mehr geht nicht.« Gesagt hatte das vorher auch der Kapitän Nils Weber.", "Mehr geht nicht.", "Ole Brandt", "de")]
    public void CapitalisedVerbAfterAClosedQuoteIsNoCue(string text, string quote, string speaker, string language)
    {
        var q = Analyzer.Analyze(text, language: language == "de" ? Language.German : Language.English).Quotes.Single(x => x.Text == quote);
        Assert.That((q.Kind, q.Speaker), Is.EqualTo((QuoteKind.Direct, speaker)));
    }

    // A quoted term in the object of a naming verb does not end the clause: the judgement quoted after it is the
    // subject's words.
    [Test]
    public void QuotedTermDoesNotCutTheCueOff()
    {
        var quotes = Analyzer.Analyze("Priya Nair, who speaks for the tenants, called the landlord’s idea of a “rent-smart” scheme “the worst deal we have ever been offered” on Monday.", language: Language.English).Quotes;
        var judgement = quotes.Single(q => q.Text.StartsWith("the worst", StringComparison.Ordinal));
        Assert.That((judgement.Kind, judgement.Speaker, judgement.Cue?.Text), Is.EqualTo((QuoteKind.Partial, "Priya Nair", "called")));
    }

    // "Asked whether she …, Kell said:": the pronoun of the opening clause points forward to the name after its comma.
    [TestCase("Tina Brady and Sara Kell run the bakery together.\n\nAsked whether she would sell her share, Kell said: “Not while the ovens still work.”", "Sara Kell")]
    [TestCase("Lena Frost and David Ames founded the studio.\n\nWhen he was asked about the sale, Frost said: “We had no choice at all.”", "Lena Frost")]
    public void PronounInAnOpeningClauseIsNoSubject(string text, string speaker) =>
        Assert.That(Single(text, Language.English).Speaker, Is.EqualTo(speaker));

    // A paper's title after a speech verb and a dative article is whom the words were given to: a title, no speaker.
    [TestCase("Verbandschefin Karin Maul sagte der „Badischen Zeitung“, die Vereine bräuchten mehr Geld.", "Badischen Zeitung")]
    [TestCase("Bürgermeister Tom Ebert erklärte dem »Tagesspiegel«, die Brücke werde im Mai gesperrt.", "Tagesspiegel")]
    [TestCase("Bürgermeister Tom Ebert sagte der »Zeit«, die Brücke werde im Mai gesperrt.", "Zeit")]
    public void PaperAfterSpeechVerbAndDativeIsATitle(string text, string title)
    {
        var q = Analyzer.Analyze(text, language: Language.German).Quotes.Single(x => x.Text == title);
        Assert.That((q.Kind, q.Speaker), Is.EqualTo((QuoteKind.Scare, (string?)null)));
    }

    // The cue's own preposition still opens the speaker's words.
    [Test]
    public void ArticleAfterTheCuesPrepositionStaysPartial() =>
        AssertQuote(Single("Der Ökonom Udo Kamp sprach von der „Stunde Null“ und forderte Hilfen."), "Stunde Null", QuoteKind.Partial, "Udo Kamp");

    // The second half of a split quote that ends its sentence is the first half's: the next sentence's cue is another speaker's.
    [Test]
    public void SplitQuoteEndingItsSentenceIgnoresTheNextSentencesCue()
    {
        const string text = "»Wir haben die Mieten zweimal gesenkt«, heißt es in einer Erklärung der Stadtwerke Lindau, »mehr ist in diesem Jahr nicht möglich.« Mieterbund-Chef Karl Wenz lobte den Schritt, sagte er, nannte ihn aber „viel zu gering“.";
        var q = Analyzer.Analyze(text, language: Language.German).Quotes.Single(x => x.Text == "mehr ist in diesem Jahr nicht möglich.");
        Assert.That((q.Kind, q.Speaker), Is.EqualTo((QuoteKind.Direct, (string?)"Stadtwerke Lindau")));
    }

    // "as" and a modifier outside a quoted one-word term class the thing under the term: no one's words.
    [TestCase("The judge found that contracts describing the riders as self-employed “owner-drivers” did not reflect reality.", "owner-drivers")]
    [TestCase("Their contracts, describing them as independent “owner-operators”, did not match the facts.", "owner-operators")]
    public void TermAfterAsAndAModifierIsScare(string text, string term) =>
        AssertQuote(Single(text, Language.English), term, QuoteKind.Scare, null);

    // A name before an apposition of an article and an organisation noun or role, right before the cue, is the speaker.
    [TestCase("Baxter’s raised pay to £12 from May. Usdaw, the shopworkers’ union, described the award as “a fair first step” but said it would keep pushing.", "Usdaw")]
    [TestCase("Unison, the health workers' union, described the award as “a fair first step” but said it would keep pushing.", "Unison")]
    public void NameBeforeAnAppositionSpeaks(string text, string speaker) =>
        AssertQuote(Single(text, Language.English), "a fair first step", QuoteKind.Partial, speaker);

    // An adverb opening the clause has no apposition after it: no speaker.
    [Test]
    public void AdverbBeforeTheSubjectIsNoSpeaker() =>
        Assert.That(Single("However, the union said the award was “a fair first step” towards parity.", Language.English).Speaker, Is.Not.EqualTo("However"));
}
