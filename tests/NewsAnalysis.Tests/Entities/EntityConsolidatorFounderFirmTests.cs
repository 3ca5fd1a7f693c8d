using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>Firms named after their founder's family: a lone surname is the firm where its own words show a firm, else the person.</summary>
public partial class EntityConsolidatorTests
{
    [Test]
    public void AnEnglishFoundersSurnameIsTheFirmWhereItsWordsShowAFirm()
    {
        const string text = "Kestrel Foods Ltd was set up by Ruth Kestrel in 1998. Kestrel’s operating margin fell to 4 per cent last year. "
            + "Kestrel was founded with a loan from a cousin. Kestrel employs 85 people in Hull. “We will grow again,” Kestrel said.";
        var r = Run(text, Language.English, ("Kestrel Foods Ltd", EntityType.Organization, 0), ("Ruth Kestrel", EntityType.Person, 0),
            ("Kestrel", EntityType.Person, 2), ("Kestrel", EntityType.Person, 3), ("Kestrel", EntityType.Person, 4), ("Kestrel", EntityType.Person, 5));
        var lone = r.Mentions.Where(m => m.Text == "Kestrel").ToList();
        Assert.That(lone.Select(m => m.Type),
            Is.EqualTo(new[] { EntityType.Organization, EntityType.Organization, EntityType.Organization, EntityType.Person }), Show(r));
        Assert.That(lone.Select(m => m.CanonicalName), Is.EqualTo(new[] { "Kestrel Foods Ltd", "Kestrel Foods Ltd", "Kestrel Foods Ltd", "Ruth Kestrel" }), Show(r));
    }

    [Test]
    public void AGermanFoundersSurnameIsTheFirmWhereItsWordsShowAFirm()
    {
        const string text = "Die Amsel Möbelwerk GmbH gehört der Familie von Gründer Karl Amsel. Gegründet wurde Amsel 1961 in Coburg. "
            + "Amsel beschäftigt heute 310 Menschen. Amsels Umsatz stieg um 6 Prozent. „Wir bleiben in Franken“, versicherte Amsel.";
        var r = Run(text, Language.German, ("Amsel Möbelwerk GmbH", EntityType.Organization, 0), ("Karl Amsel", EntityType.Person, 0),
            ("Amsel", EntityType.Person, 2), ("Amsel", EntityType.Person, 3), ("Amsels", EntityType.Person, 0), ("Amsel", EntityType.Person, 5));
        var lone = r.Mentions.Where(m => m.Text.StartsWith("Amsel", StringComparison.Ordinal) && m.Text.Length <= 6).ToList();
        Assert.That(lone.Select(m => $"{m.Text}/{m.Type}"),
            Is.EqualTo(new[] { "Amsel/Organization", "Amsel/Organization", "Amsels/Organization", "Amsel/Person" }), Show(r));
    }

    [Test]
    public void WithoutAFirmNamedInFullTheSurnameStaysThePerson()
    {
        // No firm leads with the surname: the same cues say nothing about a person ("Ruth Kestrel employs a nanny").
        const string text = "Ruth Kestrel runs a bakery in Hull. Kestrel employs two bakers. Kestrel’s margin is thin, she said.";
        var r = Run(text, Language.English, ("Ruth Kestrel", EntityType.Person, 0), ("Kestrel", EntityType.Person, 1), ("Kestrel", EntityType.Person, 2));
        Assert.That(r.Mentions.Select(m => m.Type), Is.All.EqualTo(EntityType.Person), Show(r));
    }

    [Test]
    public void ThePersonWhoFoundedTheFirmStaysThePerson()
    {
        // "Kestrel founded" and "founded by Kestrel" tell what the person did; only the passive with the name as its
        // subject tells of the firm.
        const string text = "Kestrel Foods Ltd belongs to Ruth Kestrel. Kestrel founded it in 1998 and Kestrel has founded a charity since.";
        var r = Run(text, Language.English, ("Kestrel Foods Ltd", EntityType.Organization, 0), ("Ruth Kestrel", EntityType.Person, 0),
            ("Kestrel", EntityType.Person, 2), ("Kestrel", EntityType.Person, 3));
        Assert.That(r.Mentions.Where(m => m.Text == "Kestrel").Select(m => m.Type), Is.All.EqualTo(EntityType.Person), Show(r));
    }
    [Test]
    public void AFirmsLeadingWordThatIsAlsoATownNamesTheFirmUnlessReadAsAPlace()
    {
        const string text = "Die Harwood Klebetechnik GmbH liefert die Bänder. Harwood erklärte, alles sei geprüft. "
            + "Die Berlin Chemie AG forscht in Berlin.";
        var r = Run(text, Language.German, ("Harwood Klebetechnik GmbH", EntityType.Organization, 0), ("Harwood", EntityType.Person, 1),
            ("Berlin Chemie AG", EntityType.Organization, 0), ("Berlin", EntityType.Location, 1));
        Assert.That(r.Mentions.Select(m => $"{m.Text}/{m.Type}"), Is.EqualTo(new[]
        {
            "Harwood Klebetechnik GmbH/Organization", "Harwood/Organization", "Berlin Chemie AG/Organization", "Berlin/Location",
        }), Show(r));
    }
}
