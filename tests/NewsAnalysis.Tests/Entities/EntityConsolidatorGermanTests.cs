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

    [Test]
    public void AKnownFullNameBeatsTheTaggersMentionOfItsFirstWord()
    {
        const string text = "Die Velora Cycling Group meldet Zahlen. Gestern bestätigte Velora Cycling Group den Plan.";
        var r = Run(text, Language.German, ("Velora Cycling Group", EntityType.Organization, 0), ("Velora", EntityType.Person, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Velora Cycling Group/Organization", "Velora Cycling Group/Organization" }), Show(r));
    }

    [Test]
    public void AnAdjectiveBeforeANewspapersHeadNamesTheNewspaperAndTheCompoundStandsForIt()
    {
        const string text = "Wie die Märkische Abendpost meldet, schließt die Druckerei. Die Abendpost gehört seit 1990 zum Verlag, "
            + "der auch den Kieler Kreisanzeiger herausgibt. Die Schweizer Presse berichtete kaum.";
        var r = Run(text, Language.German);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Märkische Abendpost/Organization", "Abendpost/Organization", "Kieler Kreisanzeiger/Organization" }), Show(r));
        Assert.That(r.Mentions[1].CanonicalName, Is.EqualTo("Märkische Abendpost"));
    }

    [Test]
    public void AGermanHeadWithAPurposeAndAGenitiveIsAnInstitution()
    {
        const string text = "Laut der Stiftung zur Rettung der Nordseekrabben (SRN) sinken die Bestände. Dass die Partei zur Vernunft kommt, "
            + "glaubt niemand. Eine Initiative zur Gründung des Vereins scheiterte, und eine Interessengemeinschaft zum Erhalt der Mühle klagt.";
        var r = Run(text, Language.German, ("SRN", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Stiftung zur Rettung der Nordseekrabben/Organization", "SRN/Organization" }), Show(r));
    }
}
