namespace NewsAnalysis.Entities;

/// <summary>
/// conlleval-style scoring: spans are read from IOB2 tag sequences (B-X begins, I-X continues an X, an I-X
/// after anything else begins a new span) and a prediction counts only with exactly the gold start, end and
/// type. Accumulates per type; not thread-safe (one per evaluation).
/// </summary>
public sealed class NerEvaluation
{
    private readonly Dictionary<string, NerScore> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NerErrors> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string>? _types;

    /// <summary>Creates an evaluation over all types, or only <paramref name="types"/> ("PER", "ORG", ...).</summary>
    /// <param name="types">Types to score; null or empty for all.</param>
    public NerEvaluation(IEnumerable<string>? types = null)
    {
        var set = types?.ToHashSet(StringComparer.Ordinal);
        _types = set is { Count: > 0 } ? set : null;
    }

    /// <summary>Totals per type, in ordinal order of the type name.</summary>
    public IReadOnlyList<KeyValuePair<string, NerScore>> ByType => [.. _byType.OrderBy(p => p.Key, StringComparer.Ordinal)];

    /// <summary>Totals over the scored types.</summary>
    public NerScore Overall => _byType.Values.Aggregate(default(NerScore), (a, b) => a + b);

    /// <summary>Mistakes by kind, per gold type (per predicted type for spurious names), in ordinal order of the type name.</summary>
    public IReadOnlyList<KeyValuePair<string, NerErrors>> ErrorsByType => [.. _errors.OrderBy(p => p.Key, StringComparer.Ordinal)];

    /// <summary>Mistakes by kind over the scored types: where the missing recall and precision go.</summary>
    public NerErrors Errors => _errors.Values.Aggregate(default(NerErrors), (a, b) => a + b);

    /// <summary>Adds one sentence; returns its own score.</summary>
    /// <param name="gold">Gold tags.</param>
    /// <param name="predicted">Predicted tags, as many as gold.</param>
    public NerScore Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{predicted.Count} predicted tags for {gold.Count} gold tags.", nameof(predicted));
        }

        var goldSpans = Filter(Spans(gold));
        var predictedSpans = Filter(Spans(predicted));
        var total = default(NerScore);
        foreach (var span in goldSpans)
        {
            var s = new NerScore(1, 0, predictedSpans.Contains(span) ? 1 : 0);
            _byType[span.Type] = _byType.GetValueOrDefault(span.Type) + s;
            total += s;
        }

        foreach (var span in predictedSpans)
        {
            var s = new NerScore(0, 1, 0);
            _byType[span.Type] = _byType.GetValueOrDefault(span.Type) + s;
            total += s;
        }

        CountErrors(goldSpans, predictedSpans);
        return total;
    }

    /// <summary>Sorts each gold name not found exactly and each prediction that touches no gold name into a kind of mistake.</summary>
    private void CountErrors(HashSet<NerSpan> gold, HashSet<NerSpan> predicted)
    {
        foreach (var span in gold)
        {
            if (predicted.Contains(span))
            {
                continue;
            }

            var sameSpan = predicted.Any(p => p.Start == span.Start && p.End == span.End);
            var overlap = sameSpan || predicted.Any(p => Overlaps(p, span));
            var kind = sameSpan ? new NerErrors(0, 1, 0, 0) : overlap ? new NerErrors(0, 0, 1, 0) : new NerErrors(1, 0, 0, 0);
            _errors[span.Type] = _errors.GetValueOrDefault(span.Type) + kind;
        }

        foreach (var span in predicted)
        {
            if (!gold.Any(g => Overlaps(g, span)))
            {
                _errors[span.Type] = _errors.GetValueOrDefault(span.Type) + new NerErrors(0, 0, 0, 1);
            }
        }
    }

    private static bool Overlaps(NerSpan a, NerSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>The spans of an IOB2 tag sequence (conlleval's chunk rules).</summary>
    /// <param name="tags">Tags such as "B-PER", "I-PER", "O".</param>
    public static IReadOnlyList<NerSpan> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<NerSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var isInside = tag.Length > 2 && tag[0] == 'I' && tag[1] == '-';
            var isBegin = tag.Length > 2 && tag[0] == 'B' && tag[1] == '-';
            var continues = isInside && type is not null && tag.AsSpan(2).SequenceEqual(type);
            if (type is not null && !continues)
            {
                spans.Add(new NerSpan(start, i, type));
                type = null;
            }

            if ((isBegin || isInside) && !continues)
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }

    private HashSet<NerSpan> Filter(IReadOnlyList<NerSpan> spans) =>
        [.. spans.Where(s => _types is null || _types.Contains(s.Type))];
}

/// <summary>A span of words [Start, End) with a type name.</summary>
/// <param name="Start">First word.</param>
/// <param name="End">One past the last word.</param>
/// <param name="Type">"PER", "ORG", "LOC", "MISC".</param>
public readonly record struct NerSpan(int Start, int End, string Type);
