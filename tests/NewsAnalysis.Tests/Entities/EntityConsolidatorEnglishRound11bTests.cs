using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>Further English error classes of blind round 11, each on a text of its own.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AnEnglishListedCityThatTheTaggerTookForAPersonIsAPlaceJoinedToAPlaceAfterIn()
    {
        const string text = "The chain wants to open shops in Lisbon and Braga before the summer.";
        var r = Run(text, Language.English, ("Lisbon", EntityType.Location, 0), ("Braga", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Lisbon/Location", "Braga/Location" }), Show(r));
    }

    [Test]
    public void AnEnglishPersonJoinedToAPlaceWithoutAPlacePrepositionStaysAPerson()
    {
        const string text = "The chain wants shops in Lisbon, and Braga said so before the summer.";
        var r = Run(text, Language.English, ("Lisbon", EntityType.Location, 0), ("Braga", EntityType.Person, 0));
        Assert.That(r.Mentions.Single(m => m.Text == "Braga").Type, Is.EqualTo(EntityType.Person), Show(r));
    }

    [Test]
    public void AnEnglishOrganisationCutBeforeItsIndustryWordTakesItBack()
    {
        const string text = "Harrow Ventures bought Kettlewell Distillery last year.";
        var r = Run(text, Language.English, ("Harrow Ventures", EntityType.Organization, 0), ("Kettlewell", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Harrow Ventures/Organization", "Kettlewell Distillery/Organization" }), Show(r));

        const string plumber = "Jo Brennan, who runs Brennan & Sons Plumbing in Bolton, likes the app.";
        var p = Run(plumber, Language.English, ("Jo Brennan", EntityType.Person, 0), ("Brennan & Sons", EntityType.Organization, 0), ("Bolton", EntityType.Location, 0));
        Assert.That(p.Mentions.Where(m => m.Type == EntityType.Organization).Select(m => m.Text), Is.EqualTo(new[] { "Brennan & Sons Plumbing" }), Show(p));
    }

    [Test]
    public void AnEnglishFirmsShortNameSpreadBeforeItsIndustryWordTakesItToo()
    {
        const string text = "Harrow Ventures buys Kettlewell for £9m. It agreed to buy Kettlewell Distillery on Monday.";
        var r = Run(text, Language.English, ("Harrow Ventures", EntityType.Organization, 0), ("Kettlewell", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Harrow Ventures/Organization", "Kettlewell/Organization", "Kettlewell Distillery/Organization" }), Show(r));

        // The tagger took the short name before the industry word for a person's: the industry word decides.
        var p = Run(text, Language.English, ("Harrow Ventures", EntityType.Organization, 0), ("Kettlewell", EntityType.Organization, 0), ("Kettlewell", EntityType.Person, 1));
        Assert.That(p.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Harrow Ventures/Organization", "Kettlewell/Organization", "Kettlewell Distillery/Organization" }), Show(p));
    }

    [Test]
    public void AnEnglishSurnameOfANamedPersonBetweenTheAndFamilyIsThatPerson()
    {
        const string text = "The farm had been run by the Pemberton family since 1902. Margaret Pemberton, 71, said she would miss it.";
        var r = Run(text, Language.English, ("Margaret Pemberton", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Pemberton/Person", "Margaret Pemberton/Person" }), Show(r));

        const string era = "The farm had changed in the Pemberton era. Margaret Pemberton, 71, said she would miss it.";
        var e = Run(era, Language.English, ("Margaret Pemberton", EntityType.Person, 0));
        Assert.That(e.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Margaret Pemberton" }), Show(e));
    }

    [Test]
    public void EnglishNamesAfterAProductNounAndSuchAsAreProducts()
    {
        const string text = "The tool plugs into accounting software such as Kestrel, Ledgerly and Tallyhoo.";
        var r = Run(text, Language.English, ("Kestrel", EntityType.Organization, 0), ("Ledgerly", EntityType.Organization, 0), ("Tallyhoo", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => m.Type), Is.EqualTo(new[] { EntityType.Misc, EntityType.Misc, EntityType.Misc }), Show(r));

        const string firms = "The tool was built by software companies such as Kestrel and Ledgerly.";
        var f = Run(firms, Language.English, ("Kestrel", EntityType.Organization, 0), ("Ledgerly", EntityType.Organization, 0));
        Assert.That(f.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Organization), Show(f));
    }
}
