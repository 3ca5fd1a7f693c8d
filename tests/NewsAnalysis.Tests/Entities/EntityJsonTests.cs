using System.Text.Json;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Serialization;

namespace NewsAnalysis.Tests.Entities;

/// <summary>JSON output of consolidated entities: <c>canonical</c> on mentions and the <c>consolidatedEntities</c> array.</summary>
public class EntityJsonTests
{
    [Test]
    public void MentionsCarryTheirCanonicalNameAndEntitiesListTheirMentions()
    {
        const string text = "Arthur Mensch gründete Mistral AI. Später sagte Mensch, Mistral wachse.";
        var analysis = NewsAnalyzer.Create().Analyze(text, "j", language: Language.German);
        var tagged = new List<EntityMention>
        {
            new("Arthur Mensch", EntityType.Person, 0, 13),
            new("Mistral AI", EntityType.Organization, 23, 33),
        };
        var result = EntityConsolidator.ForLanguage(Language.German).Consolidate(text, analysis.Tokens, tagged, analysis.Amounts);
        var withEntities = analysis with { Entities = [.. result.Mentions], ConsolidatedEntities = [.. result.Entities] };

        using var json = JsonDocument.Parse(AnalysisJson.Serialize(withEntities));
        var mentions = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.That(mentions.Select(m => m.GetProperty("text").GetString()), Is.EqualTo(new[] { "Arthur Mensch", "Mistral AI", "Mensch", "Mistral" }));
        Assert.That(mentions.Select(m => m.GetProperty("canonical").GetString()), Is.EqualTo(new[] { "Arthur Mensch", "Mistral AI", "Arthur Mensch", "Mistral AI" }));

        var entities = json.RootElement.GetProperty("consolidatedEntities").EnumerateArray().ToList();
        Assert.That(entities.Select(e => e.GetProperty("name").GetString()), Is.EqualTo(new[] { "Arthur Mensch", "Mistral AI" }));
        Assert.That(entities.Select(e => e.GetProperty("type").GetString()), Is.EqualTo(new[] { "PER", "ORG" }));
        var spans = entities[0].GetProperty("mentions").EnumerateArray().Select(m => text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        Assert.That(spans, Is.EqualTo(new[] { "Arthur Mensch", "Mensch" }));
    }
}
