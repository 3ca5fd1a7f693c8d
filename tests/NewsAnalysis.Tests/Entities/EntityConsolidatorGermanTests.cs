using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>German rules of the document-level entity pass on hand-built tagger output (session 8, blind round 3 error classes).</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AGermanSurnameThatIsANounJoinsTheFirstNameBeforeIt()
    {
        const string text = "Am Abend sprach Jana Koch vom Ruderverein über den Titel. Koch will weitermachen, obwohl Jana Sorgen hatte.";
        var r = Run(text, Language.German, ("Jana", EntityType.Person, 0), ("Jana", EntityType.Person, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Jana Koch/Person", "Koch/Person", "Jana/Person" }), Show(r));
        Assert.That(r.Mentions[1].CanonicalName, Is.EqualTo("Jana Koch"));
    }

    [Test]
    public void AGermanGroupNounAfterANameEndsTheCompanysName()
    {
        const string text = "Die Holtkamp Verlagsgruppe schließt zwei Druckereien. Holtkamp will sparen, und die Gruppe verkauft Anteile an die Nordsee Hafen Gruppe.";
        var r = Run(text, Language.German, ("Holtkamp", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Holtkamp Verlagsgruppe/Organization", "Holtkamp/Organization", "Nordsee Hafen Gruppe/Organization" }), Show(r));
    }

    [Test]
    public void AGermanNameAfterADescriptiveNounIsAnOrganisation()
    {
        const string text = "Wie das Vergleichsportal Tarifkompass Online meldet, sucht der Sportwagenhersteller Arvion Motors aus Bremen Personal. "
            + "Der Umsatz des Chipherstellers Velantis sinkt, sagte der Berater Jonas Lind dem Fachmagazin Finanzkompass. Der Hersteller Gewinne machte keine Angaben.";
        var r = Run(text, Language.German, ("Jonas Lind", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Tarifkompass Online/Organization", "Arvion Motors/Organization", "Velantis/Organization", "Jonas Lind/Person", "Finanzkompass/Organization" }), Show(r));
    }

    [Test]
    public void AGermanAppositionTypesTheNameBeforeIt()
    {
        const string text = "Ab Mai liefert Corvana Systems, ein kleines Bremer Softwareunternehmen, die Technik. "
            + "Mira Tanner, eine 34-jährige Pflegerin, klagt. Jan Holtkamp, der das Unternehmen leitet, schweigt.";
        var r = Run(text, Language.German, ("Corvana Systems", EntityType.Person, 0), ("Mira Tanner", EntityType.Location, 0), ("Jan Holtkamp", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Corvana Systems/Organization", "Mira Tanner/Person", "Jan Holtkamp/Person" }), Show(r));
    }
}
