using System.Collections.Immutable;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Quotes;

namespace NewsAnalysis.Tests.Quoting;

/// <summary>
/// The quote stage with entities from an entity stage (hand-made here, so that the tests do not need the NER
/// model) and without them (its own name reading).
/// </summary>
public class QuoteEntityTests
{
    private static ImmutableArray<Quote> Analyze(string text, IAnalysisStage? entities, Language language = Language.German)
    {
        var builder = NewsAnalyzer.CreateBuilder().RemoveStage("entities").RemoveStage("quotes");
        if (entities is not null)
        {
            builder.AddStage(entities);
        }

        return builder.AddStage(new QuoteStage()).Build().Analyze(text, language: language).Quotes;
    }

    // "Xavo" is not in the first-name list: only the entity stage knows that "Xavo Quendt" is one person.
    private const string Text = "Xavo Quendt leitet das Labor. „Wir sind nicht zu verkaufen“, bekräftigte Quendt.";

    [Test]
    public void SpeakerIsTheCanonicalNameOfTheEntity()
    {
        var quotes = Analyze(Text, new HandMadeEntities(("Xavo Quendt", EntityType.Person, "Xavo Quendt"), ("Quendt", EntityType.Person, "Xavo Quendt")));
        Assert.That(quotes, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(quotes[0].Speaker, Is.EqualTo("Xavo Quendt"));
            Assert.That(quotes[0].SpeakerEntity?.Name, Is.EqualTo("Xavo Quendt"));
            Assert.That(quotes[0].SpeakerEntity?.Type, Is.EqualTo(EntityType.Person));
            Assert.That(quotes[0].SpeakerMention?.Text, Is.EqualTo("Quendt"));
        });
    }

    [Test]
    public void AnOrganisationInTheGenitiveAfterARoleIsNotTheSubjectBeforeAColon()
    {
        const string text = "Der Kapitän der Towers, Jan Ott, ärgerte sich: »Das war zu wenig.« Sein Kollege Per Lund lachte.";
        var quotes = Analyze(text, new HandMadeEntities(("Towers", EntityType.Organization, "Towers"), ("Jan Ott", EntityType.Person, "Jan Ott"), ("Per Lund", EntityType.Person, "Per Lund")));
        Assert.That(quotes.Single().Speaker, Is.EqualTo("Jan Ott"));
    }

    [Test]
    public void AQuoteAfterASentenceEndingWithAnInvertedCueGoesToItsSpeaker()
    {
        const string text = "Die Mieten seien zu hoch, sagte Ott. „Niemand kann das noch bezahlen.“ Der Rat tagt morgen.";
        var quotes = Analyze(text, new HandMadeEntities(("Ott", EntityType.Person, "Jan Ott")));
        Assert.That(quotes.Single().Speaker, Is.EqualTo("Jan Ott"));
    }

    [Test]
    public void AGermanRelativeClauseQuotedAfterAPartialQuoteIsTheSameSpeakersPartialQuote()
    {
        const string text = "Jan Ott sprach von einem „klaren Erfolg“ seines Teams, das „nie den Mut verloren hat“.";
        var quotes = Analyze(text, new HandMadeEntities(("Jan Ott", EntityType.Person, "Jan Ott")));
        Assert.That(quotes.Select(q => $"{q.Kind}/{q.Speaker}"), Is.EqualTo(new[] { "Partial/Jan Ott", "Partial/Jan Ott" }));
    }

    [Test]
    public void WithoutEntitiesTheNameAfterTheCueIsStillRead()
    {
        var quotes = Analyze(Text, null);
        Assert.That(quotes, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(quotes[0].Speaker, Is.EqualTo("Quendt"));
            Assert.That(quotes[0].SpeakerEntity, Is.Null);
        });
    }

    [Test]
    public void EntityStageMissesAPersonAndTheFallbackFindsIt()
    {
        // The entity stage found only the organisation; the quote stage reads "Lea Vogel" itself.
        var quotes = Analyze("Nordlicht AI wächst. Technikchefin Lea Vogel sagte: „Wir stellen ein.“", new HandMadeEntities(("Nordlicht AI", EntityType.Organization, "Nordlicht AI")));
        Assert.That(quotes.Single().Speaker, Is.EqualTo("Lea Vogel"));
        Assert.That(quotes.Single().SpeakerEntity, Is.Null);
    }

    [Test]
    public void AnOrganisationEntitySpeaksThroughANounThatRefersBack()
    {
        var quotes = Analyze(
            "Der Chipentwickler Halvora hat einen Auftrag. „Großer Tag für Dresden“, schrieb das Unternehmen.",
            new HandMadeEntities(("Halvora", EntityType.Organization, "Halvora Semiconductors GmbH")));
        Assert.That(quotes.Single().Speaker, Is.EqualTo("Halvora Semiconductors GmbH"));
        Assert.That(quotes.Single().SpeakerEntity?.Type, Is.EqualTo(EntityType.Organization));
        Assert.That(quotes.Single().SpeakerMention?.Text, Is.EqualTo("Unternehmen"));
    }

    [Test]
    public void AddresseeEntityIsNotTheSpeaker()
    {
        var quotes = Analyze(
            "Daniel Brooks kam nach Dresden. Gegenüber Fortune stellte er klar: „Wir kaufen Zeit.“",
            new HandMadeEntities(("Daniel Brooks", EntityType.Person, "Daniel Brooks"), ("Fortune", EntityType.Organization, "Fortune")));
        Assert.That(quotes.Single().Speaker, Is.EqualTo("Daniel Brooks"));
    }

    [Test]
    public void APlaceIsNeverTheSpeaker()
    {
        var quotes = Analyze("„Wir bleiben hier“, sagte Heidenheim.", new HandMadeEntities(("Heidenheim", EntityType.Location, "Heidenheim")));
        Assert.That(quotes.Single().Speaker, Is.Null);
    }

    [Test]
    public void AMistypedEntityDoesNotHideAKnownName()
    {
        // The entity stage typed the surname as a place; the full name earlier still makes "Vogel" a person.
        var quotes = Analyze(
            "Technikchefin Lea Vogel stellte das Modell vor. „Es läuft auf einer Karte“, sagte Vogel.",
            new HandMadeEntities(("Vogel", EntityType.Location, "Vogel")));
        Assert.That(quotes.Single().Speaker, Is.EqualTo("Lea Vogel"));
    }

    [Test]
    public void EnglishPronounUsesTheEntityGenderFromItsFirstName()
    {
        var quotes = Analyze(
            "Priya Anand runs Lumenfold and hired Tomasz Wren. “We publish everything,” she said.",
            new HandMadeEntities(("Priya Anand", EntityType.Person, "Priya Anand"), ("Tomasz Wren", EntityType.Person, "Tomasz Wren"), ("Lumenfold", EntityType.Organization, "Lumenfold")),
            Language.English);
        Assert.That(quotes.Single().Speaker, Is.EqualTo("Priya Anand"));
    }

    // The entity stage read the surname after the cue as the firm that bears it; the person named in the article
    // with that surname speaks (a firm goes by more of its name).
    [Test]
    public void APersonBeatsAFirmThatSharesHerSurname()
    {
        const string text = "Die Brenner Holz GmbH baut eine Halle in Isny. Lena Brenner führt den Betrieb seit 2019. „Wir bauen nur mit Tanne“, sagte Brenner.";
        var speaker = text.LastIndexOf("Brenner", StringComparison.Ordinal);
        var stage = new SpannedEntities(
            (text.IndexOf("Brenner Holz GmbH", StringComparison.Ordinal), "Brenner Holz GmbH", EntityType.Organization, "Brenner Holz GmbH"),
            (text.IndexOf("Lena Brenner", StringComparison.Ordinal), "Lena Brenner", EntityType.Person, "Lena Brenner"),
            (speaker, "Brenner", EntityType.Organization, "Brenner Holz GmbH"));
        Assert.That(Analyze(text, stage).Single().Speaker, Is.EqualTo("Lena Brenner"));
    }

    // Without a person of that name the firm's word stays the firm.
    [Test]
    public void AFirmWithoutANamesakeStaysTheSpeaker()
    {
        const string text = "Die Brenner Holz GmbH baut eine Halle in Isny. „Wir bauen nur mit Tanne“, sagte Brenner.";
        var stage = new SpannedEntities(
            (text.IndexOf("Brenner Holz GmbH", StringComparison.Ordinal), "Brenner Holz GmbH", EntityType.Organization, "Brenner Holz GmbH"),
            (text.LastIndexOf("Brenner", StringComparison.Ordinal), "Brenner", EntityType.Organization, "Brenner Holz GmbH"));
        Assert.That(Analyze(text, stage).Single().Speaker, Is.EqualTo("Brenner Holz GmbH"));
    }

    /// <summary>Adds entity mentions at given offsets, consolidated by their canonical name.</summary>
    private sealed class SpannedEntities(params (int Start, string Text, EntityType Type, string Canonical)[] mentions) : IAnalysisStage
    {
        public string Name => "entities";

        public void Process(AnalysisDocument document, CancellationToken cancellationToken)
        {
            var found = mentions.Select(m => new EntityMention(m.Text, m.Type, m.Start, m.Start + m.Text.Length, m.Canonical)).ToList();
            document.Entities.AddRange(found);
            foreach (var group in found.GroupBy(m => m.CanonicalName!))
            {
                document.ConsolidatedEntities.Add(new Entity(group.Key, group.First().Type, [.. group.OrderBy(m => m.Start)]));
            }
        }
    }
}
