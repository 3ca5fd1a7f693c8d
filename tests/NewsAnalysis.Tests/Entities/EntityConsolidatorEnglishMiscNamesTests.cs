using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>English laws, schemes and numbered products the tagger misses, cuts or types as organisations.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AnEnglishLawNameRunsOverOfCommasAndBracketsToItsYear()
    {
        const string text = "The firm was charged under the Misuse of Drugs Act 1971 and the Food, Health and Safety Act 1990, while the "
            + "Tenants (Deposit Protection) Regulations 2014 did not apply.";
        var r = Run(text, Language.English, ("Drugs Act 1971", EntityType.Misc, 0), ("Food", EntityType.Organization, 0), ("Tenants", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Misuse of Drugs Act 1971/Misc", "Food, Health and Safety Act 1990/Misc", "Tenants (Deposit Protection) Regulations 2014/Misc",
        }), Show(r));
    }

    [Test]
    public void AnEnglishSchemeStandardOrCreditAfterTheIsMiscButNotBeforeAnotherNameOrAListWithoutAnd()
    {
        const string text = "Builders must meet the Clean Heat Standard, claim the Film Production Credit and join the Boiler Upgrade "
            + "Scheme, said the Credit Union, not the Water, Energy Code.";
        var r = Run(text, Language.English, ("Credit Union", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Clean Heat Standard/Misc", "Film Production Credit/Misc", "Boiler Upgrade Scheme/Misc", "Credit Union/Organization",
        }), Show(r));
    }

    [Test]
    public void AnEnglishNameTheTaggerFoundWithAModelNumberIsAProductButNotAStationOrAClub()
    {
        const string text = "Its studio shipped Moonreach 3 on Channel 4 day, and Hannover 96 fans bought Moonreach 3 copies.";
        var r = Run(text, Language.English, ("Moonreach 3", EntityType.Organization, 0), ("Channel 4", EntityType.Organization, 0),
            ("Hannover 96", EntityType.Organization, 0), ("Moonreach 3", EntityType.Organization, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Moonreach 3/Misc", "Channel 4/Organization", "Hannover 96/Organization", "Moonreach 3/Misc",
        }), Show(r));
    }

    [Test]
    public void EnglishNamesWithAModelNumberInsideASentenceAreProductsTheTaggerMissed()
    {
        const string text = "The game runs on Vantor Deck 2, Zephrin 4 and Radio 3 players, and uses its SoundMesh 5 engine. Around 35 homes wait.";
        var r = Run(text, Language.English);
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Vantor Deck 2/Misc", "Zephrin 4/Misc", "SoundMesh 5/Misc",
        }), Show(r));
    }
}
