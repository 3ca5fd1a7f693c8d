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
        const string text = "Die Wendelgauer Genossenschaft Talgrund zahlt mehr, schreibt der Wendelgauer Bote. Im Wendelgau freut man sich, und die Wendelgauer Kirmes folgt.";
        var r = Run(text, Language.German, ("Wendelgauer", EntityType.Organization, 0), ("Talgrund", EntityType.Organization, 0),
            ("Wendelgauer Bote", EntityType.Organization, 0), ("Wendelgau", EntityType.Location, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Talgrund/Organization", "Wendelgauer Bote/Organization", "Wendelgau/Location" }), Show(r));
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

    [Test]
    public void ALegalFormAfterASpreadNameBelongsToIt()
    {
        const string text = "Talgrund Käse wächst. Im Register steht die Talgrund Käse eG seit 1990, sagte Jonas Weber.";
        var r = Run(text, Language.German, ("Talgrund Käse", EntityType.Organization, 0), ("Jonas Weber", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Talgrund Käse/Organization", "Talgrund Käse eG/Organization", "Jonas Weber/Person" }), Show(r));
    }

    [Test]
    public void AForeignFirmAfterAManufacturerInTheGenitiveIsAFirm()
    {
        const string text = "Die Stadt bestellt Straßenbahnen des tschechischen Herstellers Tomas Vozy, sagte der Berater Jan Kurz.";
        var r = Run(text, Language.German, ("Tomas Vozy", EntityType.Person, 0), ("Jan Kurz", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Tomas Vozy/Organization", "Jan Kurz/Person" }), Show(r));
    }

    [Test]
    public void AMinistryWithItsLandIsOneName()
    {
        const string text = "Die Kosten trägt das Ministerium für Umwelt Sachsen-Anhalt, nicht das Ministerium für Bildung.";
        var r = Run(text, Language.German, ("Sachsen-Anhalt", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Ministerium für Umwelt Sachsen-Anhalt/Organization" }), Show(r));
    }

    [Test]
    public void ACompoundInstitutionHeadInTheGenitiveTakesItsSubject()
    {
        const string text = "Nach Angaben des Hessischen Landesamts für Naturschutz brüten dort 40 Paare.";
        var r = Run(text, Language.German);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Hessischen Landesamts für Naturschutz/Organization" }), Show(r));
    }
}
