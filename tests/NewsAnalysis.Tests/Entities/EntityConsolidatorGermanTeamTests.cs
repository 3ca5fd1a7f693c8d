using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>German clubs named by their town: team cues, team names after a town, team titles before a club.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AGermanTownWithATeamCueNamesTheClubButStaysATownAfterAPlaceWord()
    {
        const string text = "Krefeld. Die Gäste spielten in Krefeld stark. Krefelds Torhüter hielt alles, doch Krefeld unterlag knapp.";
        var r = Run(text, Language.German, ("Krefeld", EntityType.Location, 0), ("Krefeld", EntityType.Location, 1),
            ("Krefelds", EntityType.Location, 0), ("Krefeld", EntityType.Location, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Krefeld/Location", "Krefeld/Location", "Krefelds/Organization", "Krefeld/Organization",
        }), Show(r));
    }

    [Test]
    public void AScoreOrAGameNounBeforeTheTownMakesItAClub()
    {
        const string text = "Die Mannschaft gewann mit 2:0 (1:0) gegen Osnabrück. Im Heimspiel gegen Bielefeld fehlte der Kapitän. Bielefeld ist eine Stadt.";
        var r = Run(text, Language.German, ("Osnabrück", EntityType.Location, 0), ("Bielefeld", EntityType.Location, 0), ("Bielefeld", EntityType.Location, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Osnabrück/Organization", "Bielefeld/Organization", "Bielefeld/Organization",
        }), Show(r));
    }

    [Test]
    public void AGermanTownWithoutATeamCueStaysATown()
    {
        const string text = "Paderborn gewann an Einwohnern. Der Bus fährt um 19:30 Uhr nach Paderborn. Paderborn 19:30 Uhr, ab Bahnhof.";
        var r = Run(text, Language.German, ("Paderborn", EntityType.Location, 0), ("Paderborn", EntityType.Location, 1), ("Paderborn", EntityType.Location, 2));
        Assert.That(r.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Location), Show(r));
    }

    [Test]
    public void ATownAndATwoWordTeamNameOrATownAdjectiveAndATeamNameAreAClub()
    {
        const string text = "Die Krefeld Ice Tigers verloren. Am Sonntag kommen die Kölner Haie. Krefeld muss punkten.";
        var r = Run(text, Language.German, ("Krefeld Ice Tigers", EntityType.Organization, 0), ("Krefeld", EntityType.Location, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Krefeld Ice Tigers/Organization", "Kölner Haie/Organization", "Krefeld/Organization",
        }), Show(r));
    }

    [Test]
    public void ATeamTitleBeforeAClubIsNoPartOfItsName()
    {
        const string text = "Der Abstand zu Tabellenführer Löwen Braunschweig wuchs.";
        var r = Run(text, Language.German, ("Tabellenführer Löwen Braunschweig", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Löwen Braunschweig/Organization" }), Show(r));
    }

    [Test]
    public void AnEnglishTeamPluralBeforeAnUnknownTownMakesAClubThatTheTownNamesLater()
    {
        const string text = "Die Helios Baskets Mühlbrock verloren knapp. Mühlbrock führte lange, doch Mühlbrocks Center foulte früh aus.";
        var r = Run(text, Language.German, ("Baskets Mühlbrock", EntityType.Person, 0), ("Mühlbrock", EntityType.Person, 1), ("Mühlbrocks", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Helios Baskets Mühlbrock/Organization", "Mühlbrock/Organization", "Mühlbrocks/Organization",
        }), Show(r));
    }

    [Test]
    public void AGermanTeamNounBeforeAnUnknownWordNeedsAKnownTown()
    {
        const string text = "Der Verein ehrte Adler Mühlbrock für 30 Jahre Mitgliedschaft.";
        var r = Run(text, Language.German, ("Adler Mühlbrock", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Adler Mühlbrock/Person" }), Show(r));
    }

    [Test]
    public void CapitalisedWordsBeforeABareVenueWordNameTheVenue()
    {
        const string text = "Vor 3.000 Zuschauern in der vollen Brauhaus Lindner Arena siegte der TSV. Die Arena war voll, sagte Anna Hof. In der Kölner Voss Arena spielt Köln.";
        var r = Run(text, Language.German, ("Brauhaus Lindner", EntityType.Organization, 0), ("Arena", EntityType.Person, 0), ("Anna Hof", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Brauhaus Lindner Arena/Location", "Anna Hof/Person", "Voss Arena/Location" }), Show(r));
    }

    [Test]
    public void ALeagueWithItsRegionOrTierIsACompetitionButABareLeagueIsLeftToTheTagger()
    {
        const string text = "Der SV stieg aus der Oberliga Süd in die 4. Liga auf, die Bundesliga ist weit weg.";
        var r = Run(text, Language.German, ("Oberliga", EntityType.Organization, 0), ("Bundesliga", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Oberliga Süd/Misc", "4. Liga/Misc", "Bundesliga/Organization" }), Show(r));
    }
}
