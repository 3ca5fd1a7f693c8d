using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>English error classes of blind round 8, each on a text of its own: one-word bodies and firms typed as people.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AnEnglishOneWordNameSetEqualToAnOrganisationsFullNameIsThatOrganisationInAllItsMentions()
    {
        const string text = "The line was criticised by Ofrail on Monday. Ofrail said delays had doubled. Ofrail, formally the Office for Rail Standards in Wales, will inspect it again.";
        var r = Run(text, Language.English, ("Ofrail", EntityType.Person, 0), ("Ofrail", EntityType.Person, 1), ("Ofrail", EntityType.Person, 2),
            ("Office for Rail Standards", EntityType.Organization, 0), ("Wales", EntityType.Location, 0));
        Assert.That(r.Mentions.Where(m => m.Text == "Ofrail").Select(m => m.Type), Is.EqualTo(Enumerable.Repeat(EntityType.Organization, 3)), Show(r));
    }

    [Test]
    public void AnEnglishNameAfterTheBrokerOrTheRegulatorIsAFirm()
    {
        const string text = "An analyst at the broker Penhallow Ince called the results strong. The regulator Tamsworth Vane has opened an inquiry.";
        var r = Run(text, Language.English, ("Penhallow Ince", EntityType.Person, 0), ("Tamsworth Vane", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Penhallow Ince/Organization", "Tamsworth Vane/Organization" }), Show(r));
    }

    [Test]
    public void AnEnglishPersonInAnAppositionWithAnOrganisationsRoleStaysAPerson()
    {
        // The organisation does not close the apposition: "the Ashby Foods chairman" gives the person's role.
        const string text = "Corran Vey, the Ashby Foods chairman, resigned. Corran Vey will leave in May.";
        var r = Run(text, Language.English, ("Corran Vey", EntityType.Person, 0), ("Ashby Foods", EntityType.Organization, 0), ("Corran Vey", EntityType.Person, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Corran Vey/Person", "Ashby Foods/Organization", "Corran Vey/Person" }), Show(r));
    }

    [Test]
    public void AnEnglishSchoolNamedInFullOnceIsTheSchoolByItsShortNameButAKnownPlaceStaysAPlace()
    {
        const string text = "Larkspur Hollow Academy has a new head. Pupils at Larkspur Hollow sat exams, and London Academy of Music praised London.";
        var r = Run(text, Language.English, ("Larkspur Hollow Academy", EntityType.Organization, 0), ("Larkspur Hollow", EntityType.Location, 1),
            ("London Academy of Music", EntityType.Organization, 0), ("London", EntityType.Location, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Larkspur Hollow Academy/Organization", "Larkspur Hollow/Organization", "London Academy of Music/Organization", "London/Location",
        }), Show(r));
    }

    [Test]
    public void AnEnglishCouncilTakesItsCityOfOpeningAndACapitalisedImperativeNamesACampaign()
    {
        const string text = "The City of Marrowby District Council met residents of Fennick Moor, who formed a group, Save Fennick Moor, in June. Save money, they said.";
        var r = Run(text, Language.English, ("Marrowby District Council", EntityType.Organization, 0), ("Fennick Moor", EntityType.Location, 0),
            ("Fennick Moor", EntityType.Location, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "City of Marrowby District Council/Organization", "Fennick Moor/Location", "Save Fennick Moor/Organization",
        }), Show(r));
    }

    [Test]
    public void AnEnglishCityWithAClubJoinedToAPlaceAfterInIsThePlace()
    {
        const string place = "The bank will open offices in Derby and Sunderland next year.";
        var p = Run(place, Language.English, ("Derby", EntityType.Location, 0), ("Sunderland", EntityType.Organization, 0));
        Assert.That(p.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Derby/Location", "Sunderland/Location" }), Show(p));

        const string team = "Sunderland and Leeds United drew 1-1 in Derby.";
        var t = Run(team, Language.English, ("Sunderland", EntityType.Organization, 0), ("Leeds United", EntityType.Organization, 0), ("Derby", EntityType.Location, 0));
        Assert.That(t.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Sunderland/Organization", "Leeds United/Organization", "Derby/Location" }), Show(t));
    }

    [Test]
    public void AnEnglishInstitutionNameGoesOnOverAFieldWithInAndAListWithAPossessive()
    {
        const string text = "The Office for Standards in Health, Women's Care and Welfare wrote to the Board for Sport in Wales about it.";
        var r = Run(text, Language.English, ("Office for Standards", EntityType.Organization, 0), ("Women", EntityType.Location, 0),
            ("Board for Sport", EntityType.Organization, 0), ("Wales", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Office for Standards in Health, Women's Care and Welfare/Organization", "Board for Sport/Organization", "Wales/Location",
        }), Show(r));
    }
}
