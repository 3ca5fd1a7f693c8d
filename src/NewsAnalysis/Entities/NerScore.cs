namespace NewsAnalysis.Entities;

/// <summary>Exact-span precision, recall and F1 counts (conlleval style).</summary>
/// <param name="Gold">Number of gold spans.</param>
/// <param name="Predicted">Number of predicted spans.</param>
/// <param name="Correct">Predicted spans with the same start, end and type as a gold span.</param>
public readonly record struct NerScore(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted (1 when nothing was predicted and nothing was gold).</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;

    /// <summary>Correct / gold (1 when nothing was gold and nothing was predicted).</summary>
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two counts.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    public static NerScore operator +(NerScore a, NerScore b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:0.0000}  R {Recall:0.0000}  F1 {F1:0.0000}  (gold {Gold}, predicted {Predicted}, correct {Correct})");
}
