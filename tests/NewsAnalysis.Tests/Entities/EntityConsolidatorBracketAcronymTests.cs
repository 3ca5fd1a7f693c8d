using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>An acronym in brackets right after a name is that name wherever the article uses it (hand-built tagger output).</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AGermanBracketAcronymJoinsTheNamesEntity()
    {
        const string text = "LaWa warnt vor Nitrat. Die Landesanstalt für Wasserwirtschaft (LaWa) hat die Brunnen in Kesselbach geprüft. Nach Angaben der LaWa ist das Wasser sauber.";
        var r = Run(text, Language.German, ("LaWa", EntityType.Person, 0), ("Landesanstalt für Wasserwirtschaft", EntityType.Organization, 0),
            ("LaWa", EntityType.Organization, 1), ("Kesselbach", EntityType.Location, 0), ("LaWa", EntityType.Location, 2));
        var lawa = r.Mentions.Where(m => m.Text == "LaWa").ToList();
        Assert.That(lawa, Has.Count.EqualTo(3), Show(r));
        Assert.That(lawa.Select(m => (m.Type, m.CanonicalName)), Is.All.EqualTo((EntityType.Organization, "Landesanstalt für Wasserwirtschaft")), Show(r));
        var entity = r.Entities.Single(e => e.Name == "Landesanstalt für Wasserwirtschaft");
        Assert.That(entity.Type, Is.EqualTo(EntityType.Organization));
        Assert.That(entity.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "LaWa", "Landesanstalt für Wasserwirtschaft", "LaWa", "LaWa" }));
        Assert.That(r.Entities.Any(e => e.Name == "LaWa"), Is.False);
    }

    [Test]
    public void AnAcronymOfCompoundPartsTakesTheLawsTypeAndIsFoundUntagged()
    {
        const string text = "Das Bodenschutzgesetz (BoSG) gilt seit Jahren. Nach dem BoSG müssen Betriebe Altlasten melden, und das Saubere-Luft-Gesetz (SLG) verschärft die Regeln. Das SLG tritt im Mai in Kraft.";
        var r = Run(text, Language.German, ("Bodenschutzgesetz", EntityType.Misc, 0), ("BoSG", EntityType.Organization, 0), ("BoSG", EntityType.Organization, 1),
            ("Saubere-Luft-Gesetz", EntityType.Misc, 0), ("SLG", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}/{m.CanonicalName}"), Is.EqualTo(new[]
        {
            "Bodenschutzgesetz/Misc/Bodenschutzgesetz", "BoSG/Misc/Bodenschutzgesetz", "BoSG/Misc/Bodenschutzgesetz",
            "Saubere-Luft-Gesetz/Misc/Saubere-Luft-Gesetz", "SLG/Misc/Saubere-Luft-Gesetz", "SLG/Misc/Saubere-Luft-Gesetz",
        }), Show(r));
        Assert.That(r.Entities, Has.Count.EqualTo(2));
    }

    [Test]
    public void AnEnglishBracketAcronymJoinsTheNameTheTaggerFoundInPart()
    {
        const string text = "The Fisheries and Coastal waters Protection Agency (FCPA) fined the ferry operator on Monday. The FCPA said the fine was final.";
        var r = Run(text, Language.English, ("Coastal", EntityType.Person, 0), ("FCPA", EntityType.Organization, 0), ("FCPA", EntityType.Misc, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}/{m.CanonicalName}"), Is.EqualTo(new[]
        {
            "Fisheries and Coastal waters Protection Agency/Organization/Fisheries and Coastal waters Protection Agency",
            "FCPA/Organization/Fisheries and Coastal waters Protection Agency",
            "FCPA/Organization/Fisheries and Coastal waters Protection Agency",
        }), Show(r));
        Assert.That(r.Entities, Has.Count.EqualTo(1));
    }

    [TestCase("Bank of Wessex", "BoW")]
    [TestCase("Inland Waterways Safety Board", "IWSB")]
    [TestCase("Medicines and Healthcare products Regulatory Agency", "MHRA")]
    public void AnEnglishAcronymAbbreviatesTheWordsInitials(string name, string acronym)
    {
        var text = $"The {name} ({acronym}) opened an inquiry. The {acronym} will report in May.";
        var r = Run(text, Language.English, (name, EntityType.Organization, 0), (acronym, EntityType.Organization, 0), (acronym, EntityType.Location, 1));
        Assert.That(r.Mentions.Where(m => m.Text == acronym).Select(m => (m.Type, m.CanonicalName)),
            Is.EqualTo(new[] { (EntityType.Organization, name), (EntityType.Organization, name) }), Show(r));
    }

    // The letters must fit: a city's code has them too early in the word, a party after a person's name stays the party,
    // and an acronym whose first letter opens no word of the name is another body.
    [Test]
    public void ABracketThatIsNoAcronymOfTheNameStaysApart()
    {
        const string text = "Flüge aus Frankfurt (FRA) fallen aus. Die Abgeordnete Carla Cunow (CDU) widersprach, und die Stiftung Warentest (VZB) auch. Die CDU tagt.";
        var r = Run(text, Language.German, ("Frankfurt", EntityType.Location, 0), ("FRA", EntityType.Organization, 0), ("Carla Cunow", EntityType.Person, 0),
            ("CDU", EntityType.Organization, 0), ("Stiftung Warentest", EntityType.Organization, 0), ("VZB", EntityType.Organization, 0), ("CDU", EntityType.Organization, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}/{m.CanonicalName}"), Is.EqualTo(new[]
        {
            "Frankfurt/Location/Frankfurt", "FRA/Organization/FRA", "Carla Cunow/Person/Carla Cunow", "CDU/Organization/CDU",
            "Stiftung Warentest/Organization/Stiftung Warentest", "VZB/Organization/VZB", "CDU/Organization/CDU",
        }), Show(r));
    }
}
