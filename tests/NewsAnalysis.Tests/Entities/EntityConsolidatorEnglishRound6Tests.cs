using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>English error classes of blind round 6, each on a sentence of its own.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AnEnglishFirmWithALegalFormTheTaggerMissedIsTheFirmAndItsFirstWordNamesIt()
    {
        const string text = "Tarvane Offshore Ltd said profits rose. Tarvane will pay a dividend, and the tug maker Brodholm Marine AS agreed.";
        var r = Run(text, Language.English, ("Tarvane", EntityType.Person, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Tarvane Offshore Ltd/Organization", "Tarvane/Organization", "Brodholm Marine AS/Organization",
        }), Show(r));
    }

    [Test]
    public void EnglishWordsBeforeALegalFormThatIsAWordOrGoesOnAreNoFirm()
    {
        const string text = "BANKS AS WELL AS INSURERS cut their prices under the Investment Company Act, said the Parent Company.";
        var r = Run(text, Language.English);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Investment Company Act/Misc" }), Show(r));
    }

    [Test]
    public void AnEnglishFirmsFirstWordBeforeAHeadAndLegalFormNamesItUnlessAPersonHasItAsSurname()
    {
        const string text = "Pellow Foods plc cut jobs. Pellow said sales fell, and Pellow will close a site.";
        var r = Run(text, Language.English, ("Pellow Foods plc", EntityType.Organization, 0), ("Pellow", EntityType.Person, 1), ("Pellow", EntityType.Person, 2));
        Assert.That(r.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Organization), Show(r));

        const string named = "Martin Pellow founded Pellow Foods plc. Pellow will retire next year.";
        var p = Run(named, Language.English, ("Martin Pellow", EntityType.Person, 0), ("Pellow Foods plc", EntityType.Organization, 0), ("Pellow", EntityType.Person, 2));
        Assert.That(p.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Martin Pellow/Person", "Pellow Foods plc/Organization", "Pellow/Person" }), Show(p));
    }

    [Test]
    public void AnEnglishNameEndingInALawHeadAfterTheIsALaw()
    {
        const string text = "Ministers defended the Coastal Homes Levy, and Ruth Levy said the Finance Act Committee met.";
        var r = Run(text, Language.English, ("Levy", EntityType.Person, 0), ("Ruth Levy", EntityType.Person, 0), ("Finance Act Committee", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Coastal Homes Levy/Misc", "Ruth Levy/Person", "Finance Act Committee/Organization",
        }), Show(r));
    }

    [Test]
    public void AnEnglishPlaceInCapitalsOpeningAParagraphBeforeADashOrCommaIsTheDateline()
    {
        const string text = "Bus fares rise\n\nLEEDS — Fares rose on Monday.\n\nUPDATE — PRESTON, Lancashire, saw no change.";
        var r = Run(text, Language.English, ("Lancashire", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "LEEDS/Location", "Lancashire/Location" }), Show(r));
    }

    [Test]
    public void AnEnglishPlaceWithACompassWordOrACountyInShireIsAPlace()
    {
        const string text = "Harrowfordshire County Council met. She won Ashford South, and roads in Harrowfordshire are poor.";
        var r = Run(text, Language.English, ("Harrowfordshire County Council", EntityType.Organization, 0), ("Ashford South", EntityType.Organization, 0),
            ("Harrowfordshire", EntityType.Organization, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Harrowfordshire County Council/Organization", "Ashford South/Location", "Harrowfordshire/Location",
        }), Show(r));
    }

    [Test]
    public void AnEnglishNameAfterItsAuditorsIsAFirm()
    {
        const string text = "The club's auditors, Carter Fielding, flagged the debt.";
        var r = Run(text, Language.English, ("Carter Fielding", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Carter Fielding/Organization" }), Show(r));
    }

    [Test]
    public void AnEnglishNameAfterADescriptiveNounOpeningTheSentenceIsAnOrganisation()
    {
        const string text = "Prices fell. Consumer group Fairlane said the cut was overdue, and shares rose in group Tenby.";
        var r = Run(text, Language.English);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Fairlane/Organization" }), Show(r));
    }

    [Test]
    public void AnEnglishWordAndACountryBeforeAPartyMemberNounAreAParty()
    {
        const string text = "The Renewal UK candidate won, and Renewal UK said so; the Welsh UK candidate lost.";
        var r = Run(text, Language.English, ("UK", EntityType.Location, 0), ("UK", EntityType.Location, 1), ("UK", EntityType.Location, 2));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Renewal UK/Organization", "Renewal UK/Organization", "UK/Location" }), Show(r));
    }

    [Test]
    public void AnEnglishOrganisationNameBeforeALandscapeNounIsThePlace()
    {
        const string text = "The firm will drill its Mallow Bank acreage, said Mallow Bank chief Ann Lee.";
        var r = Run(text, Language.English, ("Mallow Bank", EntityType.Organization, 0), ("Mallow Bank", EntityType.Organization, 1), ("Ann Lee", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Mallow Bank/Location", "Mallow Bank/Location", "Ann Lee/Person" }), Show(r));
    }

    [Test]
    public void AnEnglishNameAJoinerCameFromIsAnOrganisation()
    {
        const string text = "Her deputy, who joined from Tesco in 2019, flew back from Leeds.";
        var r = Run(text, Language.English, ("Tesco", EntityType.Location, 0), ("Leeds", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Tesco/Organization", "Leeds/Location" }), Show(r));
    }
}
