using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>German rules of the document-level entity pass on hand-built tagger output (blind round 11, second pass).</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AClubsPlaceAfterAPrepositionOfPlaceIsThePlace()
    {
        const string text = "Der TSV Ebersfeld verliert in Hofstetten. Ebersfeld führte lange. Das Rückspiel findet im Mai in Ebersfeld statt.";
        var r = Run(text, Language.German, ("TSV Ebersfeld", EntityType.Organization, 0), ("Hofstetten", EntityType.Location, 0),
            ("Ebersfeld", EntityType.Location, 1), ("Ebersfeld", EntityType.Location, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "TSV Ebersfeld/Organization", "Hofstetten/Location", "Ebersfeld/Organization", "Ebersfeld/Location" }), Show(r));
    }

    [Test]
    public void AClubsRegionAfterAPrepositionAndAnArticleIsTheRegion()
    {
        const string text = "Die HSG Mittelheide steht im Finale. Der Verein erwartet viele Fans aus dem Mittelheide.";
        var r = Run(text, Language.German, ("HSG Mittelheide", EntityType.Organization, 0), ("Mittelheide", EntityType.Location, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "HSG Mittelheide/Organization", "Mittelheide/Location" }), Show(r));
    }

    [Test]
    public void AClubsPlaceInADatelineWithAFullStopIsThePlace()
    {
        const string text = "Derby am Sonntag\n\nEbersfeld. Der TSV Ebersfeld hat das Derby gewonnen. Ebersfeld führte früh.";
        var r = Run(text, Language.German, ("Ebersfeld", EntityType.Location, 0), ("TSV Ebersfeld", EntityType.Organization, 0),
            ("Ebersfeld", EntityType.Location, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Ebersfeld/Location", "TSV Ebersfeld/Organization", "Ebersfeld/Organization" }), Show(r));
    }

    [Test]
    public void AGenitiveCompoundHeadThatNamesNoAuthorityLeavesThePlace()
    {
        const string text = "Das sagte der Leiter des Rehazentrums Bad Grauenstein am Montag.";
        var r = Run(text, Language.German, ("Bad Grauenstein", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Bad Grauenstein/Location" }), Show(r));
    }

    [Test]
    public void AGenitiveReadAsAPersonOfAPlaceTheArticleNamesIsThePlace()
    {
        const string text = "Grauenbachs Gemeinderat stimmt zu. In Grauenbach fährt der Bus bald öfter. Der Bürgermeister von Grauenbach ist froh.";
        var r = Run(text, Language.German, ("Grauenbachs", EntityType.Person, 0), ("Grauenbach", EntityType.Location, 1),
            ("Grauenbach", EntityType.Location, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Grauenbachs/Location", "Grauenbach/Location", "Grauenbach/Location" }), Show(r));
    }

    [Test]
    public void ATownAndItsRiverAreOnePlace()
    {
        const string text = "Das Werk in Ebersfeld an der Ilm schließt. Auch Hofstetten am Lech ist betroffen.";
        var r = Run(text, Language.German, ("Ebersfeld", EntityType.Location, 0), ("Ilm", EntityType.Location, 0),
            ("Hofstetten", EntityType.Location, 0), ("Lech", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Ebersfeld an der Ilm/Location", "Hofstetten am Lech/Location" }), Show(r));
    }

    [Test]
    public void AProductsPlainNumberBeforeAClauseEndIsItsModel()
    {
        const string text = "Die Stadt kauft vier Busse des Typs Civara 12, die im Herbst kommen.";
        var r = Run(text, Language.German, ("Civara", EntityType.Misc, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Civara 12/Misc" }), Show(r));
    }

    [Test]
    public void AProductsNumberBeforeWhatItCountsIsNoModel()
    {
        const string text = "Für die App Lumora 12 Millionen Nutzer zu gewinnen, dauerte Jahre.";
        var r = Run(text, Language.German, ("Lumora", EntityType.Misc, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Lumora/Misc" }), Show(r));
    }
}
