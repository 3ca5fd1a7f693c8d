using System.Collections.Immutable;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Quotes;

namespace NewsAnalysis.Tests.Quoting;

/// <summary>
/// Attributions that must not hang on how the entity stage types one mention: the entities are hand-made, and the
/// tests that take a type as a parameter give the same answer whichever type the mention gets.
/// </summary>
public class QuoteEntityTypingTests
{
    private static ImmutableArray<Quote> Analyze(string text, params (string Text, EntityType Type, string Canonical)[] mentions) =>
        Analyze(Language.English, text, mentions);

    private static ImmutableArray<Quote> Analyze(Language language, string text, params (string Text, EntityType Type, string Canonical)[] mentions) =>
        NewsAnalyzer.CreateBuilder().RemoveStage("entities").RemoveStage("quotes")
            .AddStage(new HandMadeEntities(mentions)).AddStage(new QuoteStage()).Build()
            .Analyze(text, language: language).Quotes;

    private static Quote QuoteOf(ImmutableArray<Quote> quotes, string start)
    {
        var matches = quotes.Where(q => q.Text.StartsWith(start, StringComparison.Ordinal)).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), string.Join(" | ", quotes));
        return matches[0];
    }

    // A firm named after its founder: the founder's surname alone before "she said" is the founder, whether the entity
    // stage typed the word as the firm or as the person; another woman named in between is not the speaker.
    [TestCase(EntityType.Organization)]
    [TestCase(EntityType.Person)]
    public void SurnameOfAFirmsFounderIsThePronounsAntecedent(EntityType surnameType)
    {
        const string text = "Halloway Kerr, a robotics start-up, was founded by Dr Mira Halloway in 2020. "
            + "Dr Ruth Olsen, who studies automation at Leeds, called the plan \"far too early\". Halloway disagreed. "
            + "\"We already have the orders,\" she said.";
        var quotes = Analyze(text, ("Halloway Kerr", EntityType.Organization, "Halloway Kerr"), ("Mira Halloway", EntityType.Person, "Mira Halloway"),
            ("Ruth Olsen", EntityType.Person, "Ruth Olsen"), ("Leeds", EntityType.Location, "Leeds"),
            ("Halloway", surnameType, surnameType == EntityType.Person ? "Mira Halloway" : "Halloway Kerr"));
        Assert.That(QuoteOf(quotes, "We already").Speaker, Is.EqualTo("Mira Halloway"));
    }

    // "But he added that X had agreed …. “…,” he said": the second "he" goes on with the first, the subject of the
    // sentence before, not with the name in its reported clause, whether that name is typed as a man or a firm.
    [TestCase(EntityType.Person)]
    [TestCase(EntityType.Organization)]
    public void PronounGoesOnWithTheSameGendersPronounBeforeAName(EntityType reportedType)
    {
        const string text = "Iain Dunmore, who chairs the ferry users' group, said the timetable had \"let the island down\". "
            + "But he added that Callum Frazer had agreed to fund a night sailing. \"That matters more than any promise,\" he said.";
        var quotes = Analyze(text, ("Iain Dunmore", EntityType.Person, "Iain Dunmore"), ("Callum Frazer", reportedType, "Callum Frazer"));
        Assert.That(QuoteOf(quotes, "That matters").Speaker, Is.EqualTo("Iain Dunmore"));
    }

    // The newspaper or body a review or report comes from speaks through it: a partial quote with that speaker.
    [TestCase("A 2003 review in the Harbour Gazette called it \"a building that apologises for nothing,\" and the name stuck.", "Harbour Gazette")]
    [TestCase("A report by the Marine Trust warned of \"a slow collapse of the shoals\" within ten years.", "Marine Trust")]
    public void TheSourceOfAReviewSpeaksThroughIt(string text, string source)
    {
        var quote = Analyze(text, ("Harbour Gazette", EntityType.Organization, "Harbour Gazette"), ("Marine Trust", EntityType.Organization, "Marine Trust")).Single();
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Partial, source)));
    }

    // A name after a preposition that follows no piece of writing is still no subject; the apposition's name is.
    [Test]
    public void ANameInAnAppositionStillWinsOverTheBodyBeforeIt()
    {
        const string text = "The head of Harbour Council, Ann Price, called the scheme \"a gift to developers\".";
        var quote = Analyze(text, ("Harbour Council", EntityType.Organization, "Harbour Council"), ("Ann Price", EntityType.Person, "Ann Price")).Single();
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Partial, "Ann Price")));
    }

    // "accused … of" reports the speaker's words; the subject of the passive "was accused of" is spoken about, not the
    // speaker (the attributor already read the passive so; this keeps the new cue from changing that).
    [Test]
    public void AccusedIsASpeechVerb()
    {
        const string text = "Its chair, Cllr Owen Rees, accused the cabinet of rushing the vote \"before the ink was dry\".";
        var quote = Analyze(text, ("Owen Rees", EntityType.Person, "Owen Rees")).Single();
        Assert.That((quote.Kind, quote.Speaker), Is.EqualTo((QuoteKind.Partial, "Owen Rees")));
    }

    [Test]
    public void TheSubjectOfAPassiveSpeechVerbIsNotTheSpeaker()
    {
        const string text = "Owen Rees was accused of \"playing games with the budget\" at the meeting.";
        var quote = Analyze(text, ("Owen Rees", EntityType.Person, "Owen Rees")).Single();
        Assert.That(quote.Speaker, Is.Null);
    }
    // A founder whose name the entity stage typed as the firm named after her: a first name and a role in apposition
    // make her a person, and a pronoun after her surname alone (the firm's word) goes to her. The "she" inside the
    // opening participle clause points forward to that surname; it does not chain back to another woman.
    [TestCase(EntityType.Organization)]
    [TestCase(EntityType.Person)]
    public void AFoundersNameTypedAsHerFirmIsStillThePronounsAntecedent(EntityType founderType)
    {
        const string text = "Moreland, a Bristol maker of garden tools, was sold to a US group on Monday. "
            + "\"We built this in a shed,\" Helen Moreland, the chief executive, said. "
            + "Kate Dowd, an analyst at Brightmoor, said the price was high. \"It is a very full price,\" she said. "
            + "Pressed on whether she would stay, Moreland smiled. \"I am not going anywhere,\" she said.";
        var quotes = Analyze(text, ("Helen Moreland", founderType, "Helen Moreland"),
            ("Moreland", EntityType.Organization, "Moreland"), ("Kate Dowd", EntityType.Person, "Kate Dowd"), ("Brightmoor", EntityType.Organization, "Brightmoor"));
        Assert.That(QuoteOf(quotes, "It is").Speaker, Is.EqualTo("Kate Dowd"));
        Assert.That(QuoteOf(quotes, "I am not").Speaker, Is.EqualTo("Helen Moreland"));
    }

    // "“…,” X, 24, told Radio Wessex. “…”": the name after "told" is whom the words were told to; the next quote goes on
    // with X, whether X stands alone or in apposition after a role, and whichever type the broadcaster has.
    [TestCase("\"It was the best night of my life,\" Tom Ashby, 24, told Radio Wessex. \"My dad cried in the stand.\"", "Tom Ashby")]
    [TestCase("\"We lost the ball too often,\" the Rovers head coach, Tom Ashby, told Radio Wessex. \"But the group will be back.\"", "Tom Ashby")]
    [TestCase("\"It was the best night of my life,\" he told Radio Wessex. \"My dad cried in the stand.\"", null)]
    public void TheBroadcasterAfterToldIsNotTheNextQuotesSpeaker(string sentence, string? speaker)
    {
        foreach (var type in new[] { EntityType.Organization, EntityType.Person })
        {
            var text = "Tom Ashby scored twice for Rovers on Saturday. " + sentence;
            var quotes = Analyze(text, ("Tom Ashby", EntityType.Person, "Tom Ashby"), ("Radio Wessex", type, "Radio Wessex"), ("Rovers", EntityType.Organization, "Rovers"));
            var first = quotes.First(q => q.Kind == QuoteKind.Direct);
            var second = quotes.Last(q => q.Kind == QuoteKind.Direct);
            Assert.That(first.Speaker, Is.EqualTo(speaker ?? "Tom Ashby"));
            Assert.That(second.Speaker, Is.EqualTo(first.Speaker), type.ToString());
        }
    }

    // "said the Rovers manager, Tom Ashby": a team or place before the role qualifies it; the holder in apposition
    // speaks, whether the entity stage typed the team as an organisation or a place.
    [TestCase(EntityType.Location)]
    [TestCase(EntityType.Organization)]
    public void TheHolderOfARoleQualifiedByATeamSpeaks(EntityType teamType)
    {
        const string text = "\"I have no complaints about the penalty,\" said the Harrowgate manager, Neil Brough. \"We were second best.\"";
        var quotes = Analyze(text, ("Harrowgate", teamType, "Harrowgate"), ("Neil Brough", EntityType.Person, "Neil Brough"));
        Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Neil Brough"));
    }
    // „…“, warnte aber: „…“ — a cue verb right after the comma behind a partial quote has no subject of its own; it is
    // coordinated with the sentence's first clause, whose subject speaks (with the entity stage's names or without).
    [TestCase(true)]
    [TestCase(false)]
    public void ACoordinatedCueAfterAPartialQuoteTakesTheSentencesSubject(bool withEntities)
    {
        const string text = "Kassenwart Bernd Tiedemann lobte den Haushalt als „solide gerechnet“, mahnte aber: „Ohne neue Mitglieder reicht das Geld nur bis zum Herbst.“";
        var quotes = withEntities ? Analyze(Language.German, text, ("Bernd Tiedemann", EntityType.Person, "Bernd Tiedemann")) : Analyze(Language.German, text);
        Assert.That(QuoteOf(quotes, "Ohne neue").Speaker, Is.EqualTo("Bernd Tiedemann"));
    }
    // "hält … für" gives its subject's judgement: the quoted words after it are that speaker's, a partial quote.
    [Test]
    public void HaltenFuerGivesTheSubjectsJudgement()
    {
        const string text = "Der Verband Wohnen Hessen hält die neue Pauschale für „reine Kosmetik“, weil sie kaum etwas ändere.";
        var q = Analyze(Language.German, text, ("Verband Wohnen Hessen", EntityType.Organization, "Verband Wohnen Hessen")).Single();
        Assert.That((q.Kind, q.Speaker), Is.EqualTo((QuoteKind.Partial, "Verband Wohnen Hessen")));
    }
}
