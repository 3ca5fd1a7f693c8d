using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;

namespace NewsAnalysis.Tests.Quoting;

/// <summary>
/// The attribution patterns through the full standard pipeline, with the statistical entity stage before the
/// quote stage. The texts use plain names the entity model finds; where a test is about an entity-stage
/// mistake (a name typed a place, a role taken into a name, a possessor), it asserts the speaker whether or not
/// the model makes that mistake on this text.
/// </summary>
public class QuoteFullPipelineTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    private static Quote Single(string text, Language language = Language.German)
    {
        var quotes = Analyzer.Analyze(text, language: language).Quotes;
        Assert.That(quotes, Has.Length.EqualTo(1), string.Join(" | ", quotes));
        return quotes[0];
    }

    private static void AssertSpeaker(Quote q, QuoteKind kind, string? speaker)
    {
        Assert.Multiple(() =>
        {
            Assert.That(q.Kind, Is.EqualTo(kind));
            Assert.That(q.Speaker, Is.EqualTo(speaker));
        });
    }

    private static void AssertQuotes(string text, Language language, params (QuoteKind Kind, string? Speaker)[] expected) =>
        Assert.That(Analyzer.Analyze(text, language: language).Quotes.Select(q => (q.Kind, q.Speaker)), Is.EqualTo(expected));

    // A one-word name that starts one full name in the article (a family name written first) is that person; with
    // two people of that first word it stays as written.
    [TestCase("Leeds — Wang Haoran won the open title on Saturday, beating the holder Sam Ellis 6-4 in the final at the city's sports hall.\n\n\"I played the best table tennis of my life today,\" Wang said after the match.", "Wang Haoran")]
    [TestCase("Leeds — Wang Haoran won the open title on Saturday, beating Wang Lei 6-4 in the final.\n\n\"I played the best table tennis of my life today,\" Wang said after the match.", "Wang")]
    public void OneWordNameStartingOneFullName(string text, string speaker) =>
        AssertSpeaker(Single(text, Language.English), QuoteKind.Direct, speaker);

    // A name in apposition to the role after the cue is the speaker.
    [Test]
    public void NameInAppositionToTheRoleAfterTheCue() =>
        AssertSpeaker(Single("\"We will reopen the line next week,\" said the railway's chief executive, Helen Marsh, on Tuesday.", Language.English), QuoteKind.Direct, "Helen Marsh");

    // A person named inside a quote is spoken about: the description after it refers to the person named before.
    [Test]
    public void ANameInsideTheQuoteIsNotTheAntecedent()
    {
        var quotes = Analyzer.Analyze("Die Läuferin Marie Albers verlor das Finale knapp. Albers blieb ruhig. „Sophie war heute stärker, das muss man anerkennen“, sagte die Hamburgerin.", language: Language.German).Quotes;
        Assert.That(quotes.Select(q => (q.Kind, q.Speaker)), Is.EqualTo(new[] { (QuoteKind.Direct, (string?)"Marie Albers") }));
    }

    [Test]
    public void TheEntityStageRunsBeforeTheQuoteStage()
    {
        var result = Analyzer.Analyze("„Wir wachsen weiter“, sagte Jonas Wendt in Berlin.", language: Language.German);
        Assert.That(result.Entities.Select(e => (e.Text, e.Type)), Does.Contain(("Jonas Wendt", EntityType.Person)));
        Assert.That(result.Quotes.Single().SpeakerEntity?.Name, Is.EqualTo("Jonas Wendt"));
    }

    [Test]
    public void InvertedSagteLinksTheSpeakersEntity()
    {
        var q = Single("Der Vorstand tagte in Berlin. „Wir wachsen weiter“, sagte Jonas Wendt am Montag.");
        AssertSpeaker(q, QuoteKind.Direct, "Jonas Wendt");
        Assert.That(q.SpeakerEntity?.Type, Is.EqualTo(EntityType.Person));
    }

    [Test]
    public void SurnameLaterGetsTheFullestName() =>
        AssertSpeaker(Single("Arthur Mensch gründete die Firma 2023 in Paris. „Wir sind nicht zu verkaufen“, bekräftigte Mensch."), QuoteKind.Direct, "Arthur Mensch");

    [Test]
    public void ColonIntroduction() =>
        AssertSpeaker(Single("Angela Merkel sagte am Dienstag in Berlin: „Wir schaffen das.“"), QuoteKind.Direct, "Angela Merkel");

    [Test]
    public void PronounFollowsGender()
    {
        AssertSpeaker(Single("Anna Kolb und Daniel Brooks unterschrieben den Vertrag in München. Er sagte: „Europa hat Talent.“"), QuoteKind.Direct, "Daniel Brooks");
        AssertSpeaker(Single("Daniel Brooks widersprach Anna Kolb nur in einem Punkt. Sie sagte: „Wir brauchen mehr Leitungen.“"), QuoteKind.Direct, "Anna Kolb");
    }

    [Test]
    public void FrontedAddresseeIsNotTheAntecedentOfThePronoun()
    {
        // "Fortune" is the addressee whatever type the entity stage gives it; "er" refers back to Brooks.
        var q = Single("Daniel Brooks kam nach Dresden. Gegenüber Fortune stellte er klar: „Wir kaufen hier Zeit.“");
        AssertSpeaker(q, QuoteKind.Direct, "Daniel Brooks");
        Assert.That(q.SpeakerMention?.Text, Is.EqualTo("er"));
    }

    [Test]
    public void AddresseeAfterTheSpeakerIsNotTheSpeaker() =>
        AssertSpeaker(Single("„Timo ist jeden Cent wert“, sagte Clemens Hartmann der Süddeutschen Zeitung."), QuoteKind.Direct, "Clemens Hartmann");

    [Test]
    public void RoleBeforeTheNameIsNotPartOfTheSpeaker() =>
        AssertSpeaker(Single("Der Verein verlor in Kiel. „Wir müssen jetzt den Kopf freibekommen“, sagte Torhüter Lars Ebner."), QuoteKind.Direct, "Lars Ebner");

    [Test]
    public void APossessorIsNotTheAntecedent() =>
        AssertSpeaker(
            Single("Die Kunsthalle zeigt Bilder von Greta Sandmann. Sandmanns Nichte Carla Stoll verwaltet den Nachlass. Ihre Tante habe die Bilder „nie verkaufen wollen“, erzählte sie."),
            QuoteKind.Partial, "Carla Stoll");

    [Test]
    public void LautAndZufolge()
    {
        AssertSpeaker(Single("Laut Finanzminister Christian Lindner ist der Entwurf „auf Kante genäht“."), QuoteKind.Partial, "Christian Lindner");
        AssertSpeaker(Single("Christian Lindner zufolge ist der Etat „auf optimistischen Annahmen gebaut“."), QuoteKind.Partial, "Christian Lindner");
    }

    [Test]
    public void HeisstEsInEinerMitteilungDesVerbands()
    {
        // An organisation noun names the speaker even if the entity stage types the name a place.
        var q = Single("Die Industrie zeigte sich zufrieden. „Die Richtung stimmt“, heißt es in einer Mitteilung des Industrieverbands Eurometal.");
        AssertSpeaker(q, QuoteKind.Direct, "Eurometal");
    }

    [Test]
    public void OrganisationNounIntroducesTheSpeakersName()
    {
        // The organisation speaks, whether the entity stage missed it, typed its place a place, or (as the document
        // pass does now) joined the organisation-head compound to the place.
        var q = Single("Das ist mehr als im Vorjahr. Die Aktionärsvereinigung Rhein-Ruhr nannte die Summe „schwer vermittelbar“ und kündigte Anträge an.");
        AssertSpeaker(q, QuoteKind.Partial, "Aktionärsvereinigung Rhein-Ruhr");
        q = Single("Kritik kommt aus der Szene. Die Initiative Offene Modelle aus Hamburg erklärte, Nordlicht betreibe „Etikettenschwindel mit dem Wort offen“.");
        Assert.Multiple(() =>
        {
            Assert.That(q.Kind, Is.EqualTo(QuoteKind.Partial));
            Assert.That(q.Speaker, Does.EndWith("Offene Modelle"));
        });
    }

    [Test]
    public void FirstNameAndASurnameThatIsAlsoANoun() =>
        AssertSpeaker(
            Single("Die Kritik war sich weitgehend einig. Lea Sommer vom Elbe-Kurier nannte die Inszenierung „mutig, klug und ein wenig zu lang“."),
            QuoteKind.Partial, "Lea Sommer");

    [Test]
    public void ContinuationParagraphKeepsTheSpeaker()
    {
        var quotes = Analyzer.Analyze("»Ich habe drei Wochen gewartet«, sagte Timo Schmied nach dem Spiel in Hamburg.\n\n»Beim ersten Tor habe ich nur gehofft.«", language: Language.German).Quotes;
        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Timo Schmied", "Timo Schmied" }));
    }

    [Test]
    public void ScareQuotesStayWithoutSpeakerNextToNames()
    {
        var quotes = Analyzer.Analyze("Angela Merkel sprach in Berlin über das Programm „Jung kauft Alt“. Den Assistenten „Polaris“ gibt es seit 2024.", language: Language.German).Quotes;
        Assert.That(quotes.Select(q => (q.Kind, q.Speaker)), Is.EqualTo(new[] { (QuoteKind.Scare, (string?)null), (QuoteKind.Scare, (string?)null) }));
    }

    [Test]
    public void EnglishPatterns()
    {
        AssertSpeaker(Single("“We never stop believing,” said Sam Bird, who scored twice in London.", Language.English), QuoteKind.Direct, "Sam Bird");
        AssertSpeaker(Single("Miriam Oduya curated the show in Chicago. “People will come for the story,” Oduya said.", Language.English), QuoteKind.Direct, "Miriam Oduya");
        AssertSpeaker(Single("Nadia Okafor leads the institute in Boston. “Roughly a quarter is at risk,” she added.", Language.English), QuoteKind.Direct, "Nadia Okafor");
        AssertSpeaker(Single("Nadia Okafor told Reuters \"The forecasts are plausible.\"", Language.English), QuoteKind.Direct, "Nadia Okafor");
    }

    [Test]
    public void EnglishPluralPossessiveInsideAnOrganisationName() =>
        AssertSpeaker(
            Single("The club reported a loss. The Harbury Supporters' Trust said in a letter to the board that the cuts were \"a betrayal of the people who pay\".", Language.English),
            QuoteKind.Partial, "Harbury Supporters' Trust");

    [Test]
    public void EnglishOrganisationNameTheEntityStageMayCut() =>
        AssertSpeaker(
            Single("Thousands were without power in Dorset. Southern Power Networks said engineers were working \"around the clock\" to restore supplies.", Language.English),
            QuoteKind.Partial, "Southern Power Networks");

    // A possessor before a role names whose the role is: the person named after the role speaks, not the firm.
    [TestCase("de", "Die Bäckerei Lindner GmbH eröffnet eine zweite Filiale in Ulm. „Wir haben lange nach einem Standort gesucht“, sagte Lindners Geschäftsführerin Petra Sander.", "Petra Sander")]
    [TestCase("en", "Harbour Foods plc opened a plant in Hull. \"We waited two years for the permit,\" said Harbour's finance director Mark Ellis.", "Mark Ellis")]
    [TestCase("en", "Harbour Foods plc opened a plant in Hull. Harbour's finance director Mark Ellis said: \"We waited two years for the permit.\"", "Mark Ellis")]
    // A firm named in a fronted phrase ("After the … board meeting,", "Speaking outside the … offices,") is not the
    // subject: the pronoun right before the cue is.
    [TestCase("en", "Mayor Jane Holt won a second term on Friday. After the Harbour Foods plc board meeting, she said: \"This is a win for every street in the town.\"", "Jane Holt")]
    [TestCase("en", "Mayor Jane Holt won a second term on Friday. Speaking outside the Harbour Foods plc offices, she added: \"This is a win for every street in the town.\"", "Jane Holt")]
    public void ThePersonSpeaksNotTheFirmNamedNearTheCue(string language, string text, string speaker) =>
        AssertSpeaker(Single(text, language == "de" ? Language.German : Language.English), QuoteKind.Direct, speaker);

    // A naming verb as a participle ("X, dubbed the “…”", "was called “…”") gives a name others use: a term without a
    // speaker, even with a person named as a possessor before it. The same verb with a subject gives the subject's words.
    [Test]
    public void NamingParticipleQuotesATerm()
    {
        AssertSpeaker(
            Single("Mayor Ruth Dalton opened the new bridge on Monday. Dalton's plan, dubbed the “bridge to nowhere” by critics, cost £40m.", Language.English),
            QuoteKind.Scare, null);
        AssertSpeaker(
            Single("Mayor Ruth Dalton opened the new bridge on Monday. Dalton's plan was called “a gift to the valley” in the local paper.", Language.English),
            QuoteKind.Scare, null);
        AssertSpeaker(
            Single("Mayor Ruth Dalton opened the new bridge on Monday. Dalton has dubbed the project the “bridge of hope” in speeches.", Language.English),
            QuoteKind.Partial, "Ruth Dalton");
    }

    // A cue whose subject names nobody ("his rivals had promised") inside a clause a named speaker reports ("he warned
    // that …"): the fragment is the reporter's, and so is a second one joined to it by "and".
    [Test]
    public void FragmentInAReportedClauseGoesToTheReporter()
    {
        AssertQuotes(
            "The outgoing chair, Martin Lowe, conceded defeat on Friday. He warned that his rivals had promised “a bus stop on every corner” and would learn that “the budget cannot stretch that far”.",
            Language.English, (QuoteKind.Partial, "Martin Lowe"), (QuoteKind.Partial, "Martin Lowe"));
        AssertSpeaker(
            Single("Martin Lowe conceded defeat on Friday. He said that what critics call the “war on drivers” would end.", Language.English),
            QuoteKind.Scare, null);
    }

    // A naming verb, an object of several words, then the article and the quote: the subject's words.
    [Test]
    public void NamingVerbWithALongerObjectGivesTheSubjectsWords() =>
        AssertSpeaker(
            Single("Chief executive Anna Ross presented the results in Leeds. Ross called the new planning regime a “slow puncture” and urged ministers to act.", Language.English),
            QuoteKind.Partial, "Anna Ross");

    // A quote that ends with a full stop is followed by the author's next sentence: a firm that answers it there
    // ("Die Brauerei wies die Kritik zurück") did not say it; the speaker framed in the sentence before did.
    [Test]
    public void SentenceAfterAFullStopDoesNotAttributeTheQuote()
    {
        AssertSpeaker(
            Single("Die Brauerei Hopfenthal GmbH will 40 Stellen streichen. Das sei ein Schlag für die Region, sagte Miriam Lang, Sekretärin der IG BCE in Kassel. „Wir werden um jeden Arbeitsplatz kämpfen. Die Belegschaft hat Besseres verdient.“ Die Brauerei wies die Kritik zurück: Der Markt schrumpfe seit Jahren."),
            QuoteKind.Direct, "Miriam Lang");
        AssertSpeaker(
            Single("Harbour Foods plc will cut 40 jobs. The union called the move a disaster, said Miriam Lang, regional officer at Unite. \"We will fight for every job. The workers deserve better.\" The company rejected the criticism, saying the market had shrunk for years.", Language.English),
            QuoteKind.Direct, "Miriam Lang");
    }

    // "der 31-Jährige", "die 19-Jährige": an age made a noun refers back to the person named before, like a role.
    [Test]
    public void AgeNounRefersBackToThePersonNamedBefore()
    {
        AssertSpeaker(
            Single("Den Sprint gewann überraschend Clara Winter aus Jena.\n\n»Ich habe mit allem gerechnet, nur nicht damit«, sagte die 19-Jährige nach dem Rennen."),
            QuoteKind.Direct, "Clara Winter");
        AssertSpeaker(
            Single("Das Tor schoss Malte Berger in der Nachspielzeit.\n\n»Der Ball ist einfach reingerutscht«, sagte der 31-Jährige, der seit Januar im Verein ist."),
            QuoteKind.Direct, "Malte Berger");
    }

    // German "nannte X ein „…“" names a thing in the subject's words, as English "called X a “…”" does.
    [Test]
    public void GermanNamingVerbWithAnObjectGivesTheSubjectsWords() =>
        AssertSpeaker(
            Single("Der Stadtrat beriet am Montag über den Neubau. Der FDP-Fraktionschef Jan Ostrowski nannte das Konzept ein „Luftschloss“ und verlangte eine neue Planung."),
            QuoteKind.Partial, "Jan Ostrowski");

    // A cue verb after "und"/"and" shares the subject of the verb before it, even when a quote stands between; a
    // single quoted noun there still names a term.
    [Test]
    public void CueCoordinatedWithUndSharesTheSubject()
    {
        AssertQuotes(
            "Die Mannschaft feierte bis in die Nacht. Ihr Trainer Uwe Kamp sprach von einem »Wunder von Lemgo« und kündigte an, das Team werde nun »drei Tage lang feiern«.",
            Language.German, (QuoteKind.Partial, "Uwe Kamp"), (QuoteKind.Partial, "Uwe Kamp"));
        AssertQuotes(
            "The team celebrated late into the night. Their coach Uwe Kamp spoke of a \"miracle in the rain\" and promised the squad would \"celebrate for a week\".",
            Language.English, (QuoteKind.Partial, "Uwe Kamp"), (QuoteKind.Partial, "Uwe Kamp"));
        AssertQuotes(
            "Uwe Kamp sprach von einem »Wunder von Lemgo« und warf dem Gegner vor, mit seiner »Mauertaktik« den Handball zu beschädigen.",
            Language.German, (QuoteKind.Partial, "Uwe Kamp"), (QuoteKind.Scare, null));
    }

    // A naming word before the quote ("Der Begriff dafür lautet „…“") makes it a term, even with a Konjunktiv after it.
    [Test]
    public void NamingWordBeforeAQuoteInAKonjunktivSentenceKeepsATerm() =>
        AssertSpeaker(
            Single("Die Landesregierung will das Bauen verbilligen. Der Begriff dafür lautet in Kiel seit Wochen „Bauturbo light“: Wer schneller plane, solle weniger Gebühren zahlen."),
            QuoteKind.Scare, null);

    // A quoted newspaper title after the article, right before the verb, is the subject that speaks.
    [Test]
    public void QuotedNewspaperBeforeTheVerbSpeaks()
    {
        AssertQuotes(
            "Der Kreistag stimmte dem Neubau zu. Die »Lausitzer Rundschau« nannte den Plan zuletzt einen »Bluff mit Ansage«.",
            Language.German, (QuoteKind.Scare, null), (QuoteKind.Partial, "Lausitzer Rundschau"));
    }

    // Three words or more right after an English speech verb whose subject names nobody are someone's words.
    [Test]
    public void ClauseRightAfterASpeechVerbOfAnUnnamedSubjectIsPartial() =>
        AssertSpeaker(
            Single("The bus company cut three routes in March. Residents complained “nothing ever changes out here” at the meeting.", Language.English),
            QuoteKind.Partial, null);

    // A possessor before a role with no name after it ("Dalton's spokesman", "Lindners Sprecher") names whose the
    // speaker is, not who: the speaker stays unknown.
    [TestCase("en", "Mayor Ruth Dalton opened the new bridge on Monday. \"It is a gift to the valley,\" Dalton's spokesman said.")]
    [TestCase("de", "Die Bäckerei Lindner GmbH eröffnet eine zweite Filiale in Ulm. „Wir haben lange nach einem Standort gesucht“, sagte Lindners Sprecher.")]
    public void PossessorOfAnUnnamedSpokesmanDoesNotSpeak(string language, string text) =>
        AssertSpeaker(Single(text, language == "de" ? Language.German : Language.English), QuoteKind.Direct, null);

    // A role, the organisation it belongs to, then the holder's name in apposition: the holder speaks, not the
    // person the description would otherwise refer back to.
    [Test]
    public void HolderNamedAfterARoleAndItsOrganisationIsTheSpeaker()
    {
        AssertSpeaker(
            Single("Die Brauerei Hans Berger KG aus Kaufbeuren wird verkauft. „Wir übernehmen eine Tradition“, sagte der Geschäftsführer von Alpquell, Dr. Stefan Lorenz, am Montag in Ulm."),
            QuoteKind.Direct, "Stefan Lorenz");
        AssertSpeaker(
            Single("Martin Hale founded the yard in 1970. \"The yard has a future,\" said the chief executive of Northgate, Ruth Alder, on Friday.", Language.English),
            QuoteKind.Direct, "Ruth Alder");
    }

    // A quoted predicate after a linking verb in a reported clause is the speaker's judgement; a second fragment
    // joined by "and" that opens with an auxiliary or "to" goes on the same reported verb phrase.
    [Test]
    public void PredicatesAndVerbPhrasesInReportedClausesArePartial()
    {
        var kinds = Analyzer.Analyze(
            "The Harbour Trust said the ferry remained a \"vital link\" and that its budget would grow. Its director, Owen Pryce, said the trust had been told to \"find savings\" by the county council and had to \"cut the winter timetable\".",
            language: Language.English).Quotes.Select(q => q.Kind);
        Assert.That(kinds, Is.EqualTo(new[] { QuoteKind.Partial, QuoteKind.Partial, QuoteKind.Partial }));
    }

    // "called the plan “a …”" quotes a whole judgement (the article inside the marks), unlike a term after "a".
    [Test]
    public void AJudgementAfterANamingVerbIsPartial()
    {
        var kinds = Analyzer.Analyze(
            "The drivers' union called the timetable \"a cut dressed up as reform\" and asked for talks. Locals call it the \"ghost bus\" now.",
            language: Language.English).Quotes.Select(q => q.Kind);
        Assert.That(kinds, Is.EqualTo(new[] { QuoteKind.Partial, QuoteKind.Scare }));
    }

    // A German Konjunktiv clause after "widersprach:" reports the speaker's words.
    [Test]
    public void ReportedClauseAfterAColonIsPartial() =>
        AssertSpeaker(
            Single("Die Stadtwerke kritisierten den Anbieter. Jana Roth widersprach: Ihr Betrieb zahle „pünktlich und vollständig“ und spare nur beim Papier."),
            QuoteKind.Partial, "Jana Roth");

    // A naming participle right after a one-word quote ("„…“ genannte") makes it a name, even in a clause a cue gives
    // to a speaker; the speaker's own fragment in the same clause stays partial.
    [Test]
    public void NamingParticipleAfterAQuoteMakesItATerm() =>
        AssertQuotes("Die Opposition bleibt hart. Ihr Sprecher Jan Ostermann (FDP) verlangte, die in der Stadt nur „Betonsteuer“ genannte Abgabe „sofort zu streichen“.",
            Language.German, (QuoteKind.Scare, null), (QuoteKind.Partial, "Jan Ostermann"));

    // "heißt es in der Mitteilung der …": the statement is no speaker; the body named after it is.
    [Test]
    public void AStatementNounIsNoSpeakerTheBodyAfterItIs() =>
        AssertSpeaker(Single("Die Behörde verhängte eine Strafe. „Die Versäumnisse zogen sich durch alle Abteilungen“, heißt es in der Mitteilung der Bundesnetzagentur."),
            QuoteKind.Direct, "Bundesnetzagentur");

    // A German speech verb that ends a subordinate clause right after the quote takes the subject before the quote.
    [Test]
    public void VerbFinalCueAfterAQuoteTakesTheSubjectBeforeIt() =>
        AssertSpeaker(Single("Die Firma will nicht klagen, obwohl Geschäftsführerin Petra Lindner die Auflagen »kaum erfüllbar« nennt."),
            QuoteKind.Partial, "Petra Lindner");

    // ", sagte Name:" — the person after a German verb that follows a comma is its subject, not a noun of the
    // reported clause before the comma.
    [Test]
    public void InvertedSubjectAfterACommaBeforeAColonSpeaks()
    {
        var quotes = Analyzer.Analyze(
            "Der Mieterbund meldet sich zu Wort. Sein Sprecher Moritz Anger sprach von einer „Rechnung ohne Wirt“. Gemessen an den Rücklagen der Firma sei die Erhöhung unnötig, sagte Anger: „Wer so wirtschaftet, verliert das Vertrauen der Mieter.“",
            language: Language.German).Quotes;
        Assert.That(quotes.Select(q => (q.Kind, q.Speaker)), Is.EqualTo(new[] { (QuoteKind.Partial, (string?)"Moritz Anger"), (QuoteKind.Direct, (string?)"Moritz Anger") }));
    }

    // A quoted noun phrase that a German separable verb's particle closes ("stehe eine „…“ bevor, sagte er") is the
    // speaker's words, not a term in the author's phrase.
    [Test]
    public void QuoteBeforeAClauseFinalParticleIsPartial() =>
        AssertQuotes("Trainerin Sabine Kroll blieb gelassen. Ihrem Team stehe eine „Zeit der Bewährung“ bevor, sagte sie, danach werde man weitersehen.",
            Language.German, (QuoteKind.Partial, "Sabine Kroll"));

    // "was “…”, he said": an English pronoun or name and its speech verb after the comma attribute the clause.
    [Test]
    public void SubjectAndVerbAfterTheCommaAttributeAnEmbeddedQuote() =>
        AssertQuotes("The council leader, Dana Whitcombe, spoke after the vote. The new levy, which will also apply to hotels, was “a fair price for clean streets”, she said.",
            Language.English, (QuoteKind.Partial, "Dana Whitcombe"));

    // An acronym in brackets after a body's name is that body: the quote goes to the full name, whatever the tagger
    // made of the acronym.
    [TestCase("Die Landesanstalt für Wasserwirtschaft (LaWa) hat die Brunnen in Kesselbach geprüft. „Das Wasser ist sauber“, teilte die LaWa am Montag mit.",
        "de", "Landesanstalt für Wasserwirtschaft")]
    [TestCase("The Fisheries and Coastal Protection Agency (FCPA) fined the ferry operator on Monday. \"The fine is final and the operator must pay,\" the FCPA said in a statement.",
        "en", "Fisheries and Coastal Protection Agency")]
    [TestCase("The Pharmaceuticals and Medical devices Safety Office (PMSO) approved the drug on Monday. \"The benefits clearly outweigh the risks,\" the PMSO said.",
        "en", "Pharmaceuticals and Medical devices Safety Office")]
    public void ABracketAcronymSpeaksAsTheFullName(string text, string language, string speaker) =>
        AssertQuotes(text, language == "de" ? Language.German : Language.English, (QuoteKind.Direct, speaker));
    // A kinship noun with a genitive of a common noun ("die Tochter des Firmengründers") describes the one person the
    // article named before, as a pronoun would; it is no name of its own.
    [TestCase("Die Brauerei Sommer aus Kulmbach hat eine neue Abfüllanlage gebaut. Das teilte Inhaberin Anja Sommer am Dienstag mit. „Ohne die Anlage hätten wir die Nachfrage nicht mehr bedienen können“, sagte die Tochter des Firmengründers.", "Anja Sommer")]
    [TestCase("Der Verlag wird verkauft, wie Geschäftsführer Paul Ritter am Freitag bestätigte. „Wir haben lange nach einem Käufer gesucht“, sagte der Sohn des Verlegers.", "Paul Ritter")]
    public void AKinshipNounWithAGenitiveRefersBack(string text, string speaker) =>
        AssertSpeaker(Single(text), QuoteKind.Direct, speaker);

    // A quoted newspaper or programme between the cue and the colon does not end the introducing clause: the cue's
    // subject speaks the quote after the colon.
    [TestCase("Reederin Silke Brandt sagte dem „Inselboten“: „Wir fahren ab Mai wieder täglich nach Amrum.“", "de", "Silke Brandt")]
    [TestCase("Tom Fairclough told the “Morning Ledger”: “We will not sell the mill this year, whatever the offer.”", "en", "Tom Fairclough")]
    public void AQuotedTitleBeforeTheColonKeepsTheCue(string text, string language, string speaker) =>
        AssertSpeaker(Analyzer.Analyze(text, language: language == "de" ? Language.German : Language.English).Quotes.Last(), QuoteKind.Direct, speaker);

    // "said Harrogate’s manager, Dean Colley": the possessor names whose manager it is; the holder of the role speaks.
    [TestCase("“We have waited a long time for a striker like him,” said Harrogate’s manager, Dean Colley.")]
    [TestCase("“We have waited a long time for a striker like him,” said Harrogate’s first-team manager Dean Colley.")]
    public void APossessorBeforeTheRoleIsNotTheSpeaker(string text) =>
        AssertSpeaker(Single(text, Language.English), QuoteKind.Direct, "Dean Colley");

    // A paragraph of quoted words without a cue goes on from the reported speech that ends the paragraph before it,
    // also where a long apposition stands between the subject and its verb.
    [TestCase("Margaret Fenwick, the trust’s director and a niece of its founder, told the Courier that the board backed the sale.\n\n“Our founder built the hall for the town. It will stay open for the town.”", "Margaret Fenwick")]
    [TestCase("Margaret Fenwick told the Courier that the board backed the sale.\n\n“Our founder built the hall for the town. It will stay open for the town.”", "Margaret Fenwick")]
    public void AQuoteParagraphGoesOnFromTheReportedSpeechBefore(string text, string speaker) =>
        AssertSpeaker(Single(text, Language.English), QuoteKind.Direct, speaker);

    // A sentence that opens with its speaker and a speech verb frames the quote after it even when a later speech verb
    // ("write", "tell") stands inside its reported clause with no "that" before it.
    [TestCase("Priya Soames chairs the tenants’ association in Harlow.\n\nSoames said the association would write to every councillor before the vote. “Nobody on this estate was asked what they wanted.”", "Priya Soames")]
    [TestCase("Priya Soames chairs the tenants’ association in Harlow.\n\nSoames said members planned to tell the housing minister on Friday. “We have waited four years for a repair.\n\n“If the council sells these flats, we will have nowhere to go.”", "Priya Soames")]
    public void AnOpeningSpeakerAndVerbFrameTheQuoteAfterALaterCue(string text, string speaker) =>
        AssertSpeaker(Single(text, Language.English), QuoteKind.Direct, speaker);

    // A hyphenated compound counts as one word, so a short quoted term after "what X call" stays a term even when it
    // is written with hyphens, in a clause a named speaker reports.
    [TestCase("Omar Lindqvist, who runs a night shelter in Slough, said more people were sleeping in what officials call “out-of-hours lets”.", "out-of-hours lets")]
    [TestCase("Omar Lindqvist said tenants were moved into what landlords call “short-stay-plus units” last winter.", "short-stay-plus units")]
    public void HyphenatedTermAfterANamingWordStaysScare(string text, string inner)
    {
        var quote = Analyzer.Analyze(text, language: Language.English).Quotes.Single(q => q.Text == inner);
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Scare, (string?)null)));
    }

    // The reported sentence opens with a description and names its subject in apposition before the verb.
    [TestCase("The Green group’s finance spokesman, Cllr Daniel Ashby, said the budget had been rushed. “Nobody read the papers before the vote. We will ask for it to be heard again.”", "Daniel Ashby")]
    [TestCase("The union’s regional secretary, Helen Marsh, said the offer had come too late.\n\n“Our members have waited two years for this. They will not wait another month.”", "Helen Marsh")]
    [TestCase("The Liberal Democrat group leader, Cllr Anna Reeve, said the closures had been planned for months. “The decision was made long before tonight.”", "Anna Reeve")]
    public void ASubjectNamedInAppositionFramesTheQuoteAfter(string text, string speaker) =>
        AssertSpeaker(Single(text, Language.English), QuoteKind.Direct, speaker);

    // A cue verb inside the clause that an earlier cue reports ("added that … had agreed") does not frame the
    // sentence; the reporting verb's subject speaks the quote after it.
    [TestCase("Rebecca Thornley runs the bakery in Wetherby. She added that the landlord had agreed a lower rent and that the shop would stay open. “We are not going anywhere, whatever the bills say.”", "Rebecca Thornley")]
    [TestCase("Martin Oakes chairs the club. He explained that the council had promised a new pitch by spring.\n\n“We have heard that before. This time we want it in writing.”", "Martin Oakes")]
    public void AReportedCueVerbDoesNotFrameTheSentence(string text, string speaker) =>
        AssertSpeaker(Single(text, Language.English), QuoteKind.Direct, speaker);

    // After a cue and a comma, quoted words that do not end with a sentence mark of their own finish the author's
    // sentence: a partial quote of the speaker's; a quote that ends with its own full stop stays direct.
    [TestCase("Sales fell by a fifth in March, Karen Whitby said, “more than we had feared in January”.", "en", QuoteKind.Partial, "Karen Whitby")]
    [TestCase("Der Bau dauere länger, sagte Jonas Kranz, „weil der Boden nicht trägt“.", "de", QuoteKind.Partial, "Jonas Kranz")]
    [TestCase("“We lost the first half,” Karen Whitby said, “and we won the second one.”", "en", QuoteKind.Direct, "Karen Whitby")]
    public void AFragmentAfterACueAndACommaIsPartial(string text, string language, QuoteKind kind, string speaker)
    {
        var quotes = Analyzer.Analyze(text, language: language == "de" ? Language.German : Language.English).Quotes;
        Assert.That((quotes[^1].Kind, quotes[^1].Speaker), Is.EqualTo((kind, speaker)), string.Join(" | ", quotes));
    }

    // A pronoun after a sentence whose subject is a definite role description ("The judge …", "Die Institutsdirektorin
    // …") goes on with the person the article introduced with that role, not with the last person named before it.
    [TestCase("Mrs Justice Okafor heard the case in Bristol over four days.\n\nRuth Delaney, for the landlord, said the tenants had left of their own accord. “They chose to go,” she said.\n\nThe judge rejected that account. “The evidence points the other way at every turn,” she wrote.", "en", "Okafor")]
    [TestCase("„Wir haben zehn Jahre an dieser Membran geforscht“, sagte Prof. Dr. Miriam Seidel, Direktorin des Instituts.\n\nAuch Laura Petersen vom Stadtwerk lobt das Projekt. „Das Wasser wird sauberer“, sagte Petersen.\n\nDie Institutsdirektorin sieht darin ein Signal für die Region. „Kiel kann mehr als Werften“, sagt sie.", "de", "Miriam Seidel")]
    public void APronounAfterARoleSubjectGoesOnWithTheRoleHolder(string text, string language, string speaker)
    {
        var quotes = Analyzer.Analyze(text, language: language == "de" ? Language.German : Language.English).Quotes;
        Assert.That((quotes[^1].Kind, quotes[^1].Speaker), Is.EqualTo((QuoteKind.Direct, speaker)), string.Join(" | ", quotes));
    }
}
