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
    public void EnglishCapitalsBeforeALegalFormThatIsAWordAreNoFirm()
    {
        const string text = "BANKS AS WELL AS INSURERS cut their prices.";
        var r = Run(text, Language.English);
        Assert.That(r.Mentions, Is.Empty, Show(r));
    }
}
