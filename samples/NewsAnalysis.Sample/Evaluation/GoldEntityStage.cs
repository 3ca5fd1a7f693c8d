using NewsAnalysis.Entities;
using NewsAnalysis.Pipeline;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// An entity stage that fills the document with the corpus gold entities (for <c>eval corpus --gold-entities</c>):
/// it shows how the quote stage does when the entity layer is right, independently of the NER model. Mentions
/// are consolidated simply: a mention whose text is a word of a longer mention of the same type (or that
/// longer name plus a genitive s) belongs to the longest such name.
/// </summary>
internal sealed class GoldEntityStage(IReadOnlyDictionary<string, GoldArticle> articlesById) : IAnalysisStage
{
    public string Name => "entities";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        if (!articlesById.TryGetValue(document.Id, out var article))
        {
            return;
        }

        var mentions = article.Entities.Select(e => (e.Text, Type: TypeOf(e.Type), e.Start, e.End)).ToList();
        var fullNames = mentions.Where(m => m.Text.Contains(' ', StringComparison.Ordinal)).ToList();
        string Canonical(string text, EntityType type)
        {
            var bare = text.EndsWith('s') && text.Length > 3 ? text[..^1] : text;
            var longest = fullNames
                .Where(f => f.Type == type && (f.Text == text || f.Text.Split(' ').Contains(text) || f.Text.Split(' ').Contains(bare)))
                .OrderByDescending(f => f.Text.Length)
                .Select(f => f.Text)
                .FirstOrDefault();
            return longest ?? text;
        }

        var built = mentions.Select(m => new EntityMention(m.Text, m.Type, m.Start, m.End, Canonical(m.Text, m.Type))).ToList();
        document.Entities.AddRange(built);
        foreach (var group in built.GroupBy(m => (m.CanonicalName!, m.Type)))
        {
            document.ConsolidatedEntities.Add(new Entity(group.Key.Item1, group.Key.Type, [.. group.OrderBy(m => m.Start)]));
        }
    }

    private static EntityType TypeOf(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        _ => EntityType.Misc,
    };
}
