namespace NewsAnalysis.Sample.Evaluation;

/// <summary>Precision, recall and F1 of predicted items against gold items (exact matches).</summary>
/// <param name="Gold">Number of gold items.</param>
/// <param name="Predicted">Number of predicted items.</param>
/// <param name="Correct">Number of predicted items that are also gold.</param>
internal readonly record struct SpanScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore operator +(SpanScore a, SpanScore b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    /// <summary>Scores two collections of items compared by equality (duplicates count once each).</summary>
    public static SpanScore Compare<T>(IReadOnlyCollection<T> gold, IReadOnlyCollection<T> predicted)
        where T : notnull
    {
        var remaining = new Dictionary<T, int>();
        foreach (var g in gold)
        {
            remaining[g] = remaining.GetValueOrDefault(g) + 1;
        }

        var correct = 0;
        foreach (var p in predicted)
        {
            if (remaining.TryGetValue(p, out var n) && n > 0)
            {
                remaining[p] = n - 1;
                correct++;
            }
        }

        return new SpanScore(gold.Count, predicted.Count, correct);
    }

    public override string ToString() =>
        $"P {Precision:0.0000}  R {Recall:0.0000}  F1 {F1:0.0000}  (gold {Gold}, predicted {Predicted}, correct {Correct})";
}
