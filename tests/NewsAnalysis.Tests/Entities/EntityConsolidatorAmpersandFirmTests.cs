using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>Firms named by two capitalised words joined with " &amp; ", in both languages, on hand-built tagger output.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AGermanAmpersandPairIsOneFirmInEveryMentionAndTakesNoSpreadSurname()
    {
        const string text = "Das Modehaus Fuchs & Kern schließt zwei Filialen. Inhaberin Greta Fuchs bedauert den Schritt. Fuchs & Kern beschäftigt noch 300 Menschen.";
        var r = Run(text, Language.German, ("Greta Fuchs", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Fuchs & Kern/Organization", "Greta Fuchs/Person", "Fuchs & Kern/Organization" }), Show(r));
    }

    [Test]
    public void AGermanAmpersandPairOfSurnamesIsAFirmWhereTheTaggerFoundAPerson()
    {
        const string text = "Die Kanzlei Brandhorst & Lemke vertritt den Kläger. Am Montag legte Brandhorst & Lemke Berufung ein.";
        var r = Run(text, Language.German, ("Brandhorst", EntityType.Person, 0), ("Lemke", EntityType.Person, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Brandhorst & Lemke/Organization", "Brandhorst & Lemke/Organization" }), Show(r));
    }

    [Test]
    public void GermanAmpersandPairsOfCommonNounsAndFixedPhrasesAreNoFirms()
    {
        const string text = "Die Ausgaben für Forschung & Entwicklung steigen. Im Ressort Kunst & Kultur wird gespart. Der Abend mit Rock & Roll war laut.";
        var r = Run(text, Language.German);
        Assert.That(r.Mentions, Is.Empty, Show(r));
    }

    [Test]
    public void TwoGermanPeopleJoinedByAnAmpersandStayPeople()
    {
        const string text = "Den Preis gewannen Clara Wendt & Jonas Pieper aus Kiel.";
        var r = Run(text, Language.German, ("Clara Wendt", EntityType.Person, 0), ("Jonas Pieper", EntityType.Person, 0), ("Kiel", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Clara Wendt/Person", "Jonas Pieper/Person", "Kiel/Location" }), Show(r));
    }

    [Test]
    public void AnEnglishAmpersandPairIsOneFirmWhereTheTaggerFoundOnlyThePeople()
    {
        const string text = "Pellow & Daughters opened a third bakery. Founder Mark Pellow said Pellow & Daughters would hire ten bakers.";
        var r = Run(text, Language.English, ("Mark Pellow", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Pellow & Daughters/Organization", "Mark Pellow/Person", "Pellow & Daughters/Organization" }), Show(r));
    }

    [Test]
    public void AnEnglishAmpersandPairJoinsTheTaggersHalvesAcrossALongerName()
    {
        const string text = "The Bristol studio Tindle & Moss Games will release its next title in May. Sales at Quill & Harrow Joinery Ltd rose.";
        var r = Run(text, Language.English, ("Bristol", EntityType.Location, 0), ("Tindle", EntityType.Person, 0), ("Moss Games", EntityType.Misc, 0),
            ("Quill", EntityType.Person, 0), ("Harrow Joinery Ltd", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Bristol/Location", "Tindle & Moss Games/Organization", "Quill & Harrow Joinery Ltd/Organization" }), Show(r));
    }

    [Test]
    public void EnglishAmpersandPairsOfCommonNounsAbbreviationsAndTitleCaseAreNoFirm()
    {
        const string text = "Spending on Research & Development fell. We play D & D on Fridays. Call Us For Heating Repairs & Boiler Service Today.";
        var r = Run(text, Language.English);
        Assert.That(r.Mentions, Is.Empty, Show(r));
    }
}
