using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>English error classes of blind round 11, each on a text of its own.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AnEnglishNameWithAFirstNameThatAnAppositionCallsAGroupIsAFirmInAllItsMentions()
    {
        const string text = "Oliver Crane, the FTSE 100 insurer behind Safeguard Cover, will cut 300 jobs. Oliver Crane said profits fell.";
        var r = Run(text, Language.English, ("Oliver Crane", EntityType.Person, 0), ("Safeguard Cover", EntityType.Organization, 0), ("Oliver Crane", EntityType.Person, 1));
        Assert.That(r.Mentions.Where(m => m.Text == "Oliver Crane").Select(m => m.Type), Is.EqualTo(new[] { EntityType.Organization, EntityType.Organization }), Show(r));
    }

    [Test]
    public void AnEnglishPersonWhoseAppositionGivesARoleAtAGroupStaysAPerson()
    {
        const string chairman = "Oliver Crane, the group chairman, said sales rose. Oliver Crane joined in 2019.";
        var c = Run(chairman, Language.English, ("Oliver Crane", EntityType.Person, 0), ("Oliver Crane", EntityType.Person, 1));
        Assert.That(c.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Person), Show(c));

        const string head = "Oliver Crane, the head of the lender, said sales rose. Oliver Crane joined in 2019.";
        var h = Run(head, Language.English, ("Oliver Crane", EntityType.Person, 0), ("Oliver Crane", EntityType.Person, 1));
        Assert.That(h.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Person), Show(h));

        const string possessive = "Oliver Crane, the group’s founder, said sales rose. Oliver Crane joined in 2019.";
        var p = Run(possessive, Language.English, ("Oliver Crane", EntityType.Person, 0), ("Oliver Crane", EntityType.Person, 1));
        Assert.That(p.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Person), Show(p));
    }

    [Test]
    public void AnEnglishSentencesCapitalisedPrepositionIsNoPartOfThePlaceAfterIt()
    {
        const string text = "Ferries were cancelled. In Orkney, where the wind reached 90mph, schools shut.";
        var r = Run(text, Language.English, ("In Orkney", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Orkney/Location" }), Show(r));
    }

    [Test]
    public void AnEnglishListedNameOfSeveralWordsJoinedToAPlaceAfterInIsAPlace()
    {
        const string text = "The firm sells most of its tea in Europe and the United Kingdom.";
        var r = Run(text, Language.English, ("Europe", EntityType.Location, 0), ("United Kingdom", EntityType.Organization, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Europe/Location", "United Kingdom/Location" }), Show(r));
    }
}
