using System.Collections.Immutable;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Quotes;

namespace NewsAnalysis.Tests.Quoting;

/// <summary>
/// How the quote stage finds a speaker referred to by a description or an organisation noun, and how a naming cue
/// with a speaker keeps the quoted words theirs; with hand-made entities, so that the tests do not depend on the
/// NER model.
/// </summary>
public class QuoteReferenceTests
{
    private static ImmutableArray<Quote> Analyze(string text, Language language, params (string Text, EntityType Type, string Canonical)[] entities) =>
        NewsAnalyzer.CreateBuilder().RemoveStage("entities").RemoveStage("quotes")
            .AddStage(new HandMadeEntities(entities)).AddStage(new QuoteStage()).Build()
            .Analyze(text, language: language).Quotes;

    private static Quote QuoteOf(ImmutableArray<Quote> quotes, string text)
    {
        var found = quotes.Where(q => q.Text == text).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join(" | ", quotes));
        return found[0];
    }

    // "hieß es aus dem Ministerium": the organisation noun after "aus" and its article refers back to the
    // organisation named before; a place after "aus" names no speaker.
    [Test]
    public void ImpersonalCueFromAnOrganisationNounTakesTheOrganisation()
    {
        const string text = "Das Landesministerium für Umwelt und Forsten lehnte den Antrag ab. Die Mittel seien verplant, teilte eine Sprecherin mit. „Wir können nicht jedes Loch im Haushalt stopfen“, hieß es aus dem Ministerium.";
        var q = QuoteOf(Analyze(text, Language.German, ("Landesministerium für Umwelt und Forsten", EntityType.Organization, "Landesministerium für Umwelt und Forsten")), "Wir können nicht jedes Loch im Haushalt stopfen");
        Assert.That((q.Kind, q.Speaker, q.SpeakerMention?.Text), Is.EqualTo((QuoteKind.Direct, (string?)"Landesministerium für Umwelt und Forsten", (string?)"Ministerium")));
    }

    [Test]
    public void ImpersonalCueFromAPlaceNamesNoSpeaker()
    {
        const string text = "Die Reederei Nordlicht plant neue Routen. „Wir können nicht jedes Loch im Haushalt stopfen“, hieß es aus Kiel.";
        var q = QuoteOf(Analyze(text, Language.German, ("Nordlicht", EntityType.Organization, "Nordlicht"), ("Kiel", EntityType.Location, "Kiel")), "Wir können nicht jedes Loch im Haushalt stopfen");
        Assert.That(q.Speaker, Is.Null);
    }

    // A genitive that qualifies the noun of a fronted prepositional phrase is no subject: the name after the verb is.
    [TestCase("Bei der Taufe des Schiffes sagte Voss: „Dieses Boot trägt uns durch den Winter.“")]
    [TestCase("Am Ende des Abends sagte Voss: „Dieses Boot trägt uns durch den Winter.“")]
    [TestCase("Nach der Sitzung des Aufsichtsrats sagte Voss: „Dieses Boot trägt uns durch den Winter.“")]
    public void GenitiveInAFrontedPhraseIsNoSubject(string sentence)
    {
        var text = "Die Reederin Maren Voss stellte am Freitag zwei neue Fähren vor. " + sentence;
        var q = QuoteOf(Analyze(text, Language.German, ("Maren Voss", EntityType.Person, "Maren Voss"), ("Voss", EntityType.Person, "Maren Voss")), "Dieses Boot trägt uns durch den Winter.");
        Assert.That((q.Kind, q.Speaker), Is.EqualTo((QuoteKind.Direct, (string?)"Maren Voss")));
    }

    // "the finance director replied:" refers to the person the article introduced with that role, in apposition
    // after the name or before it.
    [TestCase("“Sales held up well,” said Priya Mehta, the finance director of Larkspur Foods. Jon Hale, an analyst, was less sure. Asked about a takeover, the finance director replied: “We are not in talks with anyone.”")]
    [TestCase("Finance director Priya Mehta presented the figures. Jon Hale, an analyst, was less sure. Asked about a takeover, the finance director replied: “We are not in talks with anyone.”")]
    public void DefiniteRoleDescriptionRefersToItsHolder(string text)
    {
        var q = QuoteOf(Analyze(text, Language.English, ("Priya Mehta", EntityType.Person, "Priya Mehta"), ("Jon Hale", EntityType.Person, "Jon Hale"), ("Larkspur Foods", EntityType.Organization, "Larkspur Foods")), "We are not in talks with anyone.");
        Assert.That((q.Kind, q.Speaker, q.SpeakerMention?.Text), Is.EqualTo((QuoteKind.Direct, (string?)"Priya Mehta", (string?)"the finance director")));
    }

    [Test]
    public void RoleDescriptionWithoutAHolderNamesNoOne()
    {
        const string text = "Priya Mehta presented the figures. Asked about a takeover, the finance director replied: “We are not in talks with anyone.”";
        var q = QuoteOf(Analyze(text, Language.English, ("Priya Mehta", EntityType.Person, "Priya Mehta")), "We are not in talks with anyone.");
        Assert.That(q.Speaker, Is.Null);
    }

    // "said one tenant, Dmitri Volkov, 52,": an indefinite description in apposition to the name after an inverted cue;
    // the quote after it goes on in the same voice.
    [TestCase("“The roof leaked for months,” said one tenant, Dmitri Volkov, 52, at the hearing. “Nobody ever fixed it.”")]
    [TestCase("“The roof leaked for months,” said a former lodger, Dmitri Volkov. “Nobody ever fixed it.”")]
    public void IndefiniteDescriptionBeforeANameInApposition(string text)
    {
        var quotes = Analyze(text, Language.English, ("Dmitri Volkov", EntityType.Person, "Dmitri Volkov"));
        Assert.That(quotes.Select(q => (q.Kind, q.Speaker)), Is.EqualTo(new[] { (QuoteKind.Direct, (string?)"Dmitri Volkov"), (QuoteKind.Direct, (string?)"Dmitri Volkov") }));
    }

    // A naming verb whose subject is a pronoun or a name right before it quotes that speaker's words; with a common
    // noun for subject ("what critics call") it quotes a term.
    [TestCase("Alan Price dismissed the report and rejected what he called “a political stunt”.", QuoteKind.Partial, "Alan Price")]
    [TestCase("The report fell flat with Alan Price, who rejected what Price called “a political stunt”.", QuoteKind.Partial, "Alan Price")]
    [TestCase("Alan Price dismissed the report and rejected what critics call “a political stunt”.", QuoteKind.Scare, null)]
    [TestCase("Alan Price dismissed the report as a so-called “political stunt”.", QuoteKind.Scare, null)]
    public void NamingVerbWithASpeakerQuotesTheirWords(string text, QuoteKind kind, string? speaker)
    {
        var q = QuoteOf(Analyze(text, Language.English, ("Alan Price", EntityType.Person, "Alan Price"), ("Price", EntityType.Person, "Alan Price")), text.Contains("a political stunt", StringComparison.Ordinal) ? "a political stunt" : "political stunt");
        Assert.That((q.Kind, q.Speaker), Is.EqualTo((kind, speaker)));
    }

    // "sprach vom „…“": a cue ending in its preposition with the article fused into it takes the quoted words, even
    // words in capitals that would otherwise read as a title.
    [TestCase("Trainerin Ute Sommer sprach vom „Spiel des Jahres“.", "Spiel des Jahres")]
    [TestCase("Ute Sommer sprach nach dem Abpfiff vom „Sieg der Moral“.", "Sieg der Moral")]
    public void CueEndingInAFusedPrepositionTakesTheWords(string text, string quoted)
    {
        var q = QuoteOf(Analyze(text, Language.German, ("Ute Sommer", EntityType.Person, "Ute Sommer")), quoted);
        Assert.That((q.Kind, q.Speaker), Is.EqualTo((QuoteKind.Partial, (string?)"Ute Sommer")));
    }
}
