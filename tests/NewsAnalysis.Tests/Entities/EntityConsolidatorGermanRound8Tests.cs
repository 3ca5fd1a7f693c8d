using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>German rules of the document-level entity pass on hand-built tagger output (session 9, blind round 8 error classes).</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void ALongLawCompoundAndItsAcronymAreWorks()
    {
        const string text = "Das Pflegepersonalentlastungsstärkungsgesetz (PPESG) gilt ab Mai. Ein Naturgesetz ist das nicht, sagte Jonas Weber. "
            + "Auch das Schulbauförderungsbeschleunigungsgesetz, kurz SBFBG, kommt.";
        var r = Run(text, Language.German, ("Jonas Weber", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Pflegepersonalentlastungsstärkungsgesetz/Misc", "PPESG/Misc", "Jonas Weber/Person",
                "Schulbauförderungsbeschleunigungsgesetz/Misc", "SBFBG/Misc" }), Show(r));
    }

    [Test]
    public void AWordCutBeforeAHyphenIsNoName()
    {
        const string text = "Die Stadt Lahr bekommt Landes- und Bundesmittel für den Schulbau.";
        var r = Run(text, Language.German, ("Lahr", EntityType.Location, 0), ("Landes-", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Lahr/Location" }), Show(r));
    }

    [Test]
    public void AVerbundAloneIsNoName()
    {
        const string text = "Die Kliniken Talgrund gehören zum Pflegeverbund Wendelau. Der Verbund spart, und der Verbund schließt zwei Stationen.";
        var r = Run(text, Language.German, ("Kliniken Talgrund", EntityType.Organization, 0), ("Pflegeverbund Wendelau", EntityType.Organization, 0),
            ("Verbund", EntityType.Organization, 0), ("Verbund", EntityType.Organization, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Kliniken Talgrund/Organization", "Wendelau/Organization" }), Show(r));
    }

    [Test]
    public void APlaceWithAnEnglishPluralIsAClub()
    {
        const string text = "Die Oldenburg Pioneers verloren am Samstag in Kiel. Danach sagte Trainer Jonas Weber, die Pioneers kämen zurück.";
        var r = Run(text, Language.German, ("Oldenburg", EntityType.Location, 0), ("Pioneers", EntityType.Person, 0), ("Kiel", EntityType.Location, 0),
            ("Jonas Weber", EntityType.Person, 0), ("Pioneers", EntityType.Person, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Oldenburg Pioneers/Organization", "Kiel/Location", "Jonas Weber/Person", "Pioneers/Organization" }), Show(r));
    }
}
