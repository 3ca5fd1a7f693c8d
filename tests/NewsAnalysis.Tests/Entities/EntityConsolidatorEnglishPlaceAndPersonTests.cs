using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>English names the tagger types or bounds wrongly: post-nominal letters, a water or landscape read as a product.</summary>
public partial class EntityConsolidatorTests
{
    [TestCase("Tom Okafor KC, for the trust, said the delay was avoidable.", "Tom Okafor KC", "Tom Okafor")]
    [TestCase("The report was welcomed by Dame Ruth Hale DBE on Monday.", "Ruth Hale DBE", "Ruth Hale")]
    [TestCase("Helen Marsh MP said the bypass had been promised for years.", "Helen Marsh MP", "Helen Marsh")]
    public void PostNominalLettersAreNoPartOfAPersonsName(string text, string tagged, string name)
    {
        var r = Run(text, Language.English, (tagged, EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { $"{name}/Person" }), Show(r));
    }

    [Test]
    public void AMiscNameEndingInALandscapeNounIsThePlace()
    {
        const string text = "Seals were counted in the Solway Firth, and the Tamar Valley Festival opened.";
        var r = Run(text, Language.English, ("Solway Firth", EntityType.Misc, 0), ("Tamar Valley Festival", EntityType.Misc, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Solway Firth/Location", "Tamar Valley Festival/Misc" }), Show(r));
    }

    [Test]
    public void AnHonourTheTaggerMissedTakesItsField()
    {
        const string text = "The crew won this year’s Harrow Prize for Navigation, worth £40,000, on Friday.";
        var r = Run(text, Language.English);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Harrow Prize for Navigation/Misc" }), Show(r));
    }

    [TestCase("The lab tested the Brightwater KX-20 in May.", "Brightwater KX-20", "Misc")]
    [TestCase("Fans of Hannover 96 and Channel 4 viewers.", "Hannover 96", "Organization")]
    public void AnOrganisationEndingInAHyphenatedModelCodeIsTheProduct(string text, string tagged, string type)
    {
        var r = Run(text, Language.English, (tagged, EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Does.Contain($"{tagged}/{type}"), Show(r));
    }

    [Test]
    public void AdministratorsAtANameAndAnIndustryWordAfterItMakeFirms()
    {
        const string text = "Its administrators at Varley have told creditors. The probe is made by Corrin Instruments, a small firm.";
        var r = Run(text, Language.English, ("Varley", EntityType.Person, 0), ("Corrin", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Varley/Organization", "Corrin Instruments/Organization" }), Show(r));
    }

    [Test]
    public void ACountrysNameAsAFirstNameBeforeASurnameIsAPerson()
    {
        const string text = "Jordan Pike scored twice. Farms in the Jordan Valley flooded, and Georgia Rose visited.";
        var r = Run(text, Language.English, ("Jordan Pike", EntityType.Location, 0), ("Jordan Valley", EntityType.Location, 0), ("Georgia Rose", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Jordan Pike/Person", "Jordan Valley/Location", "Georgia Rose/Location" }), Show(r));
    }

    [Test]
    public void ATitleWordOpeningAnEventsNameStaysInIt()
    {
        const string text = "They join the Premier League clubs, and President Ama Owusu said so.";
        var r = Run(text, Language.English, ("Premier League", EntityType.Misc, 0), ("President Ama Owusu", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Premier League/Misc", "Ama Owusu/Person" }), Show(r));
    }

    [Test]
    public void AnEnglishClubsPluralNicknameAloneStandsForTheClub()
    {
        const string text = "Leicester Beavers beat Kent Otters by 12 runs. The Beavers batted first and Beavers fans sang.";
        var r = Run(text, Language.English, ("Leicester Beavers", EntityType.Organization, 0), ("Kent Otters", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Leicester Beavers/Organization", "Kent Otters/Organization", "Beavers/Organization", "Beavers/Organization" }), Show(r));
    }

    [Test]
    public void AStormsGivenNameIsAnEventWithItsWord()
    {
        const string text = "Roofs were lost when Storm Wenna arrived, two years after Hurricane Odile, and Wenna Hart said so.";
        var r = Run(text, Language.English, ("Storm Wenna", EntityType.Person, 0), ("Odile", EntityType.Person, 0), ("Wenna Hart", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Storm Wenna/Misc", "Hurricane Odile/Misc", "Wenna Hart/Person" }), Show(r));
    }

    [Test]
    public void AFirstNameAndAHeadWordWithAnAgeAfterThemAreAPerson()
    {
        const string text = "The play is by Ruth Bank, 41, a teacher. The Grace Church hall was full.";
        var r = Run(text, Language.English, ("Ruth Bank", EntityType.Location, 0), ("Grace Church", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Ruth Bank/Person", "Grace Church/Organization" }), Show(r));
    }
}
