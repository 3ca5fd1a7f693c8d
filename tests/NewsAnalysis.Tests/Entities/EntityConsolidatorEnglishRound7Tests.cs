using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>English error classes of blind round 7, each on a text of its own: firms and clubs named like people.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AnEnglishNameTypedAPersonWithShareholdersAndABoardIsAFirmInAllItsMentions()
    {
        const string text = "Shares in Pellham Grant fell 9% on Tuesday. Pellham Grant shareholders will vote in May, and Pellham Grant's board backed the offer.";
        var r = Run(text, Language.English, ("Pellham Grant", EntityType.Location, 0), ("Pellham Grant", EntityType.Person, 1), ("Pellham Grant", EntityType.Person, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.All.EqualTo("Pellham Grant/Organization"), Show(r));
        Assert.That(r.Mentions, Has.Count.EqualTo(3), Show(r));
    }

    [Test]
    public void AnEnglishNameCutBeforeItsIndustryHeadTakesItBackAndIsAFirm()
    {
        const string text = "Dunmore Reay agreed to buy its rival Corwen Ash Shipping. Corwen Ash runs four ships, and the housebuilder Tolland Birch Homes bought its yard.";
        var r = Run(text, Language.English, ("Dunmore Reay", EntityType.Organization, 0), ("Corwen Ash", EntityType.Person, 0), ("Corwen Ash", EntityType.Person, 1),
            ("Tolland Birch Homes", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Dunmore Reay/Organization", "Corwen Ash Shipping/Organization", "Corwen Ash/Organization", "Tolland Birch Homes/Organization",
        }), Show(r));
    }

    [Test]
    public void AnEnglishClubNamedInFullElsewhereOrWithAClubPrefixIsTheClub()
    {
        const string text = "Harwick Mere Rowing Club won the final. Harwick Mere beat the German crew SV Lahnau by a length, and SV Lahnau will race again.";
        var r = Run(text, Language.English, ("Harwick Mere Rowing Club", EntityType.Organization, 0), ("Harwick Mere", EntityType.Person, 1),
            ("SV Lahnau", EntityType.Person, 0), ("SV Lahnau", EntityType.Person, 1));
        Assert.That(r.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Organization), Show(r));
    }

    [Test]
    public void AnEnglishPersonWithAnUnusualNameStaysAPersonDespiteFirmCues()
    {
        // A pronoun, a title or an age shows a person however firm-like the rest of the article reads.
        const string pronoun = "Tarrow Quill sold her shares in the ferry firm. Tarrow Quill's board seat goes too, and Quill said she was relieved.";
        var p = Run(pronoun, Language.English, ("Tarrow Quill", EntityType.Person, 0), ("Tarrow Quill", EntityType.Person, 1), ("Quill", EntityType.Person, 2));
        Assert.That(p.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Person), Show(p));

        const string titled = "Shares in the yard went to Mr Orvin Tallis. Orvin Tallis shareholders? There are none.";
        var t = Run(titled, Language.English, ("Orvin Tallis", EntityType.Person, 0), ("Orvin Tallis", EntityType.Person, 1));
        Assert.That(t.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Person), Show(t));

        const string aged = "Brennick Hale, 44, bought a stake in Holm Ferries. Brennick Hale's fleet of yachts is moored at Cowes.";
        var a = Run(aged, Language.English, ("Brennick Hale", EntityType.Person, 0), ("Holm Ferries", EntityType.Organization, 0), ("Brennick Hale", EntityType.Person, 1),
            ("Cowes", EntityType.Location, 0));
        Assert.That(a.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Brennick Hale/Person", "Holm Ferries/Organization", "Brennick Hale/Person", "Cowes/Location",
        }), Show(a));
    }

    [Test]
    public void AnEnglishPersonWithoutAnyFirmCueStaysAPerson()
    {
        const string text = "Vale Ostrander won the single sculls. Ostrander trains at Putney and beat the holder by a length.";
        var r = Run(text, Language.English, ("Vale Ostrander", EntityType.Person, 0), ("Ostrander", EntityType.Person, 1), ("Putney", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Vale Ostrander/Person", "Ostrander/Person", "Putney/Location" }), Show(r));
    }

    [Test]
    public void AnEnglishNameEndingInACapitalisedLandscapeNounIsThePlace()
    {
        const string text = "Trawlers left the Celtic Sea for the Ribble Estuary, while the Ribble Estuary Trust counted birds.";
        var r = Run(text, Language.English, ("Celtic Sea", EntityType.Organization, 0), ("Ribble Estuary", EntityType.Organization, 0),
            ("Ribble Estuary Trust", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Celtic Sea/Location", "Ribble Estuary/Location", "Ribble Estuary Trust/Organization",
        }), Show(r));
    }

    [Test]
    public void AnEnglishCupOfSeveralWordsAndAFrameworkAfterTheAreNamed()
    {
        const string text = "Their crew won the Silver Goblets Cup at Marlow, and talks on the Stormont Framework resumed.";
        var r = Run(text, Language.English, ("Marlow", EntityType.Location, 0), ("Stormont Framework", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Silver Goblets Cup/Misc", "Marlow/Location", "Stormont Framework/Misc",
        }), Show(r));

        const string league = "He joined the English Football League and later the Welsh Premier League.";
        var l = Run(league, Language.English);
        Assert.That(l.Mentions.Select(m => m.Type), Has.No.Member(EntityType.Misc), Show(l));
    }

    [Test]
    public void AnEnglishInstitutionGoesOnOverAListOfItsFieldsAndAShortTitleStaysOutOfAName()
    {
        const string text = "A letter from the Ministry of Housing, Communities and Local Government reached Supt Ola Brandt on Friday.";
        var r = Run(text, Language.English, ("Ministry of Housing", EntityType.Organization, 0), ("Communities", EntityType.Organization, 0),
            ("Supt Ola Brandt", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Ministry of Housing, Communities and Local Government/Organization", "Ola Brandt/Person",
        }), Show(r));

        const string plain = "The Ministry of Defence, the Army and the Navy met.";
        var p = Run(plain, Language.English, ("Ministry of Defence", EntityType.Organization, 0), ("Army", EntityType.Organization, 0), ("Navy", EntityType.Organization, 0));
        Assert.That(p.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Ministry of Defence", "Army", "Navy" }), Show(p));
    }

    [Test]
    public void AnEnglishPluralPossessiveBeforeAHeadAndAMusicalWorkAreNamed()
    {
        const string text = "The Teachers' Union praised Bruckner's Romantic Symphony and Elgar's Concerto No. 2, but not the Hallé Symphony Orchestra.";
        var r = Run(text, Language.English, ("Union", EntityType.Organization, 0), ("Bruckner", EntityType.Person, 0), ("Elgar", EntityType.Person, 0),
            ("Hallé Symphony Orchestra", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Teachers' Union/Organization", "Bruckner/Person", "Romantic Symphony/Misc", "Elgar/Person", "Concerto No. 2/Misc", "Hallé Symphony Orchestra/Organization",
        }), Show(r));
    }

    [Test]
    public void AnEnglishNameBeforeToAndAPlaceInARouteIsAPlace()
    {
        const string text = "It runs the Stranraer to Larne service, and Brackwell sold it to Oban Ferries.";
        var r = Run(text, Language.English, ("Stranraer", EntityType.Organization, 0), ("Larne", EntityType.Location, 0), ("Brackwell", EntityType.Organization, 0),
            ("Oban Ferries", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Stranraer/Location", "Larne/Location", "Brackwell/Organization", "Oban Ferries/Organization",
        }), Show(r));
    }

    [Test]
    public void AnEnglishNewspaperNameAfterTheIsAnOrganisation()
    {
        const string text = "A nurse told the Whitby Gazette that the Harbour Echo Festival was cancelled.";
        var r = Run(text, Language.English);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Has.Member("Whitby Gazette/Organization"), Show(r));
        Assert.That(r.Mentions.Select(m => m.Text), Has.No.Member("Harbour Echo"), Show(r));
    }
}
