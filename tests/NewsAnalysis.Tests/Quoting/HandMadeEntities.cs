using NewsAnalysis.Entities;
using NewsAnalysis.Pipeline;

namespace NewsAnalysis.Tests.Quoting;

/// <summary>
/// An entity stage with fixed mentions, so that quote tests need no NER model: every occurrence of each text becomes a
/// mention, consolidated by its canonical name, as the entity stage would. The texts are added in the order given and a
/// later text does not match inside an earlier one's mention, so "Halloway" after "Halloway Kerr" and "Mira Halloway"
/// only finds the word alone.
/// </summary>
internal sealed class HandMadeEntities(params (string Text, EntityType Type, string Canonical)[] mentions) : IAnalysisStage
{
    public string Name => "entities";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        var found = new List<EntityMention>();
        foreach (var (text, type, canonical) in mentions)
        {
            var at = 0;
            while ((at = document.Text.IndexOf(text, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + text.Length;
                if (!found.Any(m => m.Start < end && at < m.End))
                {
                    found.Add(new EntityMention(text, type, at, end, canonical));
                }

                at = end;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        document.Entities.AddRange(found);
        foreach (var group in found.GroupBy(m => m.CanonicalName!))
        {
            document.ConsolidatedEntities.Add(new Entity(group.Key, group.First().Type, [.. group]));
        }
    }
}
