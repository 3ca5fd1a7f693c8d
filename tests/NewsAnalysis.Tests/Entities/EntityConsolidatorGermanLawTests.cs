using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>German law names of the document-level entity pass on hand-built tagger output (laws are MISC).</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AGermanCodeOfLawIsMiscWithoutACitation()
    {
        const string text = "Die Reform des Handelsgesetzbuchs betrifft viele Firmen in Ebersfeld.";
        var r = Run(text, Language.German, ("Ebersfeld", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Handelsgesetzbuchs/Misc", "Ebersfeld/Location" }), Show(r));
    }

    [Test]
    public void ACitedLawAndItsBracketAcronymAreMiscEverywhere()
    {
        const string text = "Gefördert wird nach § 12 Abs. 2 des Wärmeplanungsgesetzes (WPG) jede Kommune. Das WPG gilt seit Januar.";
        var r = Run(text, Language.German, ("WPG", EntityType.Organization, 0), ("WPG", EntityType.Organization, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Wärmeplanungsgesetzes/Misc", "WPG/Misc", "WPG/Misc" }), Show(r));
    }

    [Test]
    public void ALawAcronymAfterASectionNumberIsMisc()
    {
        const string text = "Der Vermieter berief sich auf § 558 BGB und Art. 14 GG.";
        var r = Run(text, Language.German);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "BGB/Misc", "GG/Misc" }), Show(r));
    }

    [Test]
    public void AHyphenatedLawThatSaysWhichLawIsMisc()
    {
        const string text = "Der Betrieb verstößt gegen die EU-Batterie-Verordnung und das Bundes-Bodenschutzgesetz.";
        var r = Run(text, Language.German);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "EU-Batterie-Verordnung/Misc", "Bundes-Bodenschutzgesetz/Misc" }), Show(r));
    }

    [Test]
    public void AGenericLawNounOrARomanPartNumberIsNoName()
    {
        const string text = "Eine EU-Verordnung und das Steuergesetz gelten, ebenso das Ladenschlussgesetz und § 55 IV SGB I.";
        var r = Run(text, Language.German);
        Assert.That(r.Mentions, Is.Empty, Show(r));
    }

    [Test]
    public void ALawWithItsOwnAcronymInBracketsIsMiscAndSoIsTheAcronym()
    {
        const string text = "Seit 2019 gilt das Verpackungsgesetz (VerpackG). Händler, die das VerpackG missachten, zahlen.";
        var r = Run(text, Language.German);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Verpackungsgesetz/Misc", "VerpackG/Misc", "VerpackG/Misc" }), Show(r));
    }

    [Test]
    public void ABracketThatIsNotTheLawsOwnAcronymNamesNoLaw()
    {
        const string text = "Die Verordnung (EU) gilt, das Steuergesetz (BGBl) auch, ebenso ein Landesgesetz (NRW).";
        var r = Run(text, Language.German);
        Assert.That(r.Mentions, Is.Empty, Show(r));
    }
}
