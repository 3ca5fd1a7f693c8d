using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>German rules of the document-level entity pass on hand-built tagger output (blind round 11 error classes).</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void APersonsSurnameIsNotTheFirmSharingIt()
    {
        const string text = "Die Brandt Metallbau GmbH wächst. Chefin Karin Brandt plant ein Werk. Brandt sagte, das Werk komme 2027.";
        var r = Run(text, Language.German, ("Brandt Metallbau GmbH", EntityType.Organization, 0), ("Karin Brandt", EntityType.Person, 0),
            ("Brandt", EntityType.Person, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Brandt Metallbau GmbH/Organization", "Karin Brandt/Person", "Brandt/Person" }), Show(r));
    }

    [Test]
    public void AGenitiveCourtBeforeAPlaceIsTheCourt()
    {
        const string text = "Der Prozess vor einer Kammer des Amtsgerichts Celle beginnt im Mai.";
        var r = Run(text, Language.German, ("Celle", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Amtsgerichts Celle/Organization" }), Show(r));
    }

    [Test]
    public void ACompoundHeadBeforeAPlaceMakesTheOrganisation()
    {
        const string text = "Die Stadtsparkasse Mittelheide erhöht die Gebühren.";
        var r = Run(text, Language.German, ("Stadtsparkasse Mittelheide", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Stadtsparkasse Mittelheide/Organization" }), Show(r));
    }

    [Test]
    public void AHandballClubsPlaceNamesTheClub()
    {
        const string text = "Der HC Erding gewann am Samstag. Erding führte früh, sagte Trainer Jonas Weber.";
        var r = Run(text, Language.German, ("HC Erding", EntityType.Organization, 0), ("Erding", EntityType.Location, 1), ("Jonas Weber", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "HC Erding/Organization", "Erding/Organization", "Jonas Weber/Person" }), Show(r));
    }

    [Test]
    public void AFirmTheContextNamesDoesNotTurnThePersonSharingItsNameIntoAFirm()
    {
        const string text = "Prozess um Teigwarenhersteller Nudel beginnt\n\nDie Anklage wirft dem früheren Chef Bernd Nudel Betrug vor. Nudel bestreitet das.";
        var r = Run(text, Language.German, ("Nudel", EntityType.Organization, 0), ("Bernd Nudel", EntityType.Person, 0), ("Nudel", EntityType.Person, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Nudel/Organization", "Bernd Nudel/Person", "Nudel/Person" }), Show(r));
    }
}
