using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>German authorities named by their seat ("Staatsanwaltschaft Landshut"), place adjectives taken for surnames, quoted newspapers, a person "von" an employer.</summary>
public partial class EntityConsolidatorTests
{
    [TestCase("Die Staatsanwaltschaft Landshut ermittelt gegen zwei Manager.", "Landshut", "Staatsanwaltschaft Landshut")]
    [TestCase("Laut Polizeidirektion Osnabrück wurde niemand verletzt.", "Osnabrück", "Polizeidirektion Osnabrück")]
    [TestCase("Das Finanzamt Gütersloh verlangt eine Nachzahlung.", "Gütersloh", "Finanzamt Gütersloh")]
    public void ABareSeatHeadBeforeAPlaceIsTheAuthority(string text, string place, string authority)
    {
        var r = Run(text, Language.German, (place, EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { $"{authority}/Organization" }), Show(r));
    }

    [Test]
    public void ASeatHeadSetApartFromThePlaceLeavesThePlace()
    {
        const string text = "Die Staatsanwaltschaft in Landshut ermittelt, die Regierung Ägyptens schweigt.";
        var r = Run(text, Language.German, ("Landshut", EntityType.Location, 0), ("Ägyptens", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Landshut/Location", "Ägyptens/Location" }), Show(r));
    }

    [Test]
    public void APlaceAdjectiveTheTaggerTookForASurnameIsNoName()
    {
        const string text = "Die Trierer Druckerei Lanz & Sohn zahlt, sagte Müller. Dass Müller Präsident wird, ist klar.";
        var r = Run(text, Language.German, ("Trierer", EntityType.Person, 0), ("Lanz & Sohn", EntityType.Organization, 0), ("Müller", EntityType.Person, 0),
            ("Müller", EntityType.Person, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[] { "Lanz & Sohn/Organization", "Müller/Person", "Müller/Person" }), Show(r));
    }

    [Test]
    public void AQuotedNewspaperAfterAnArticleIsAnOrganisationWhateverTheTaggerSaw()
    {
        const string text = "Das Papier liegt dem „Sauerland-Blatt“ vor, sagte er der „Nordstimme“ und den „Lübecker Nachrichten“. Gute Nachrichten gab es nicht.";
        var r = Run(text, Language.German, ("Sauerland-Blatt", EntityType.Location, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Sauerland-Blatt/Organization", "Nordstimme/Organization", "Lübecker Nachrichten/Organization" }), Show(r));
    }
    [Test]
    public void APersonVonAnEmployerIsThePersonAndTheEmployer()
    {
        const string text = "„Die Prognose ist mutig“, sagte Analyst Jonas Kerber von Berenberg. Lob kam von Richard von Weizsäcker.";
        var r = Run(text, Language.German, ("Jonas Kerber von Berenberg", EntityType.Person, 0), ("Richard von Weizsäcker", EntityType.Person, 0));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Jonas Kerber/Person", "Berenberg/Organization", "Richard von Weizsäcker/Person" }), Show(r));
    }
}
