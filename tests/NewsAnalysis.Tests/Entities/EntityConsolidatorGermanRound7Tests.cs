using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>German rules of the document-level entity pass on hand-built tagger output (session 9, blind round 7 error classes).</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void ATradeNounBeforeAFirmIsCutAndAloneIsNoName()
    {
        const string text = "Die Stadtwerke verkaufen die Bäckerei Hubert Lenz KG an Lindenhof Brot eG. Die Bäckerei bleibt in Lahr, sagte Jonas Weber.";
        var r = Run(text, Language.German, ("Bäckerei Hubert Lenz", EntityType.Organization, 0), ("Lindenhof Brot", EntityType.Organization, 0),
            ("Bäckerei", EntityType.Organization, 1), ("Lahr", EntityType.Location, 0), ("Jonas Weber", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Hubert Lenz KG/Organization", "Lindenhof Brot eG/Organization", "Lahr/Location", "Jonas Weber/Person" }), Show(r));
    }

    [Test]
    public void AKreisInTheGenitiveIsAPlace()
    {
        const string text = "Die Schulen des Hohenlohekreises öffnen wieder, meldet das Landratsamt in Künzelsau. Der Arbeitskreis tagt, der Freundeskreis auch.";
        var r = Run(text, Language.German, ("Hohenlohekreises", EntityType.Organization, 0), ("Künzelsau", EntityType.Location, 0),
            ("Arbeitskreis", EntityType.Organization, 0), ("Freundeskreis", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Hohenlohekreises/Location", "Künzelsau/Location", "Arbeitskreis/Organization", "Freundeskreis/Organization" }), Show(r));
    }

    [Test]
    public void APlaceAdjectiveAloneIsNoName()
    {
        const string text = "Die Fränkische Schweiz lockt Wanderer, und die Fränkische Brauerei Lenz AG zahlt gut. Fränkische Bauern klagen.";
        var r = Run(text, Language.German, ("Fränkische Schweiz", EntityType.Location, 0), ("Fränkische", EntityType.Organization, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Does.Not.Contain("Fränkische/Organization"), Show(r));
    }

    [Test]
    public void AnAdjectiveOfAPlaceTheArticleNamesIsNoFirm()
    {
        const string text = "Die Wendelgauer Genossenschaft Talgrund zahlt mehr. Im Wendelgau freut man sich, und die Wendelgauer Kirmes folgt.";
        var r = Run(text, Language.German, ("Wendelgauer", EntityType.Organization, 0), ("Talgrund", EntityType.Organization, 0),
            ("Wendelgau", EntityType.Location, 1), ("Wendelgauer", EntityType.Organization, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Talgrund/Organization", "Wendelgau/Location" }), Show(r));
    }

    [Test]
    public void AFirmsShortNameSpreadBeforeAModelCodeIsTheProduct()
    {
        const string text = "Die Feuerwehr fährt künftig mit dem Typ Rotwald F-16, gebaut von der Rotwald Fahrzeugbau GmbH in Ulm.";
        var r = Run(text, Language.German, ("F-16", EntityType.Misc, 0), ("Rotwald Fahrzeugbau GmbH", EntityType.Organization, 0), ("Ulm", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Rotwald F-16/Misc", "Rotwald Fahrzeugbau GmbH/Organization", "Ulm/Location" }), Show(r));
    }

    [Test]
    public void ANameWithAModelCodeIsOneProduct()
    {
        const string text = "Der Betrieb kauft zwei Mähroboter Grasbot ZX-9 und einen Traktor vom Typ Feldmax 310R bei Agrarhandel Kunz.";
        var r = Run(text, Language.German, ("Grasbot", EntityType.Organization, 0), ("ZX-9", EntityType.Misc, 0), ("Feldmax", EntityType.Location, 0),
            ("Agrarhandel Kunz", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Grasbot ZX-9/Misc", "Feldmax 310R/Misc", "Agrarhandel Kunz/Organization" }), Show(r));
    }
}
