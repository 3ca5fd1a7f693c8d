using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>Sports clubs named after their town: club suffixes, team cues anywhere in the article, founding years.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AnEnglishTownAndAClubSuffixAreAClubAndTheTownAloneNamesIt()
    {
        const string text = "Doncaster Rovers won at home. Doncaster sit fifth, and Doncaster's fans sang.";
        var r = Run(text, Language.English, ("Doncaster Rovers", EntityType.Location, 0), ("Doncaster", EntityType.Person, 1), ("Doncaster", EntityType.Person, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Doncaster Rovers/Organization", "Doncaster/Organization", "Doncaster/Organization" }), Show(r));
    }

    [Test]
    public void AnEnglishTownTheTaggerCutFromItsClubSuffixGrowsToTheClub()
    {
        const string text = "Fans of Oldham Athletic waited. Oldham Athletic later lost.";
        var r = Run(text, Language.English, ("Oldham", EntityType.Organization, 0), ("Oldham", EntityType.Location, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Oldham Athletic/Organization", "Oldham Athletic/Organization" }), Show(r));
    }

    [Test]
    public void AClubSuffixThatEndsPlaceNamesTooMakesAClubOnlyInASportsArticle()
    {
        var sport = Run("Walsall Wanderers face Hull City on Friday.", Language.English,
            ("Walsall Wanderers", EntityType.Organization, 0), ("Hull City", EntityType.Location, 0));
        Assert.That(sport.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Walsall Wanderers/Organization", "Hull City/Organization" }), Show(sport));

        var travel = Run("The flight to Hull City airport was late.", Language.English, ("Hull City", EntityType.Location, 0));
        Assert.That(travel.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Hull City/Location" }), Show(travel));
    }

    [Test]
    public void ATeamCueWhereTheTaggerMissedThePlaceMakesItsOtherMentionsAClub()
    {
        const string text = "Carlisle had a man sent off. Rain fell. Carlisle equalised late. The town of Lancaster was quiet.";
        var r = Run(text, Language.English, ("Carlisle", EntityType.Location, 0), ("Lancaster", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Carlisle/Organization", "Carlisle/Organization", "Lancaster/Location" }), Show(r));
    }

    [Test]
    public void APlaceBeforeAPlayersNounAfterTheOrAfterAResultIsAClub()
    {
        const string text = "Early on the Burnley goalkeeper saved twice. Later Wigan's new manager spoke after a 3-0 win over Barnsley. He lives in Bolton.";
        var r = Run(text, Language.English, ("Burnley", EntityType.Location, 0), ("Wigan", EntityType.Location, 0), ("Barnsley", EntityType.Location, 0),
            ("Bolton", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Burnley/Organization", "Wigan/Organization", "Barnsley/Organization", "Bolton/Location",
        }), Show(r));
    }

    [Test]
    public void AGermanClubWithItsFoundingYearIsNamedByItsTown()
    {
        const string text = "Der Gegner war Germania 04 Krefeld. Krefeld führte lange, und Krefelds Trainer lobte die Abwehr.";
        var r = Run(text, Language.German, ("Germania 04 Krefeld", EntityType.Organization, 0), ("Krefeld", EntityType.Location, 1),
            ("Krefelds", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Germania 04 Krefeld/Organization", "Krefeld/Organization", "Krefelds/Organization" }), Show(r));
    }
}
