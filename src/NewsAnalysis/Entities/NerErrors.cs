namespace NewsAnalysis.Entities;

/// <summary>
/// What kind of mistakes an evaluation counted (see <see cref="NerEvaluation.Errors"/>). A gold name that is
/// not found exactly is a <see cref="WrongType"/> when a prediction has its exact span, a
/// <see cref="WrongBoundary"/> when a prediction overlaps it, and <see cref="Missed"/> otherwise; a
/// prediction that is not exactly right and overlaps no gold name is <see cref="Spurious"/>.
/// </summary>
/// <param name="Missed">Gold names that no prediction touches.</param>
/// <param name="WrongType">Gold names predicted with the exact span but another type.</param>
/// <param name="WrongBoundary">Gold names that a prediction overlaps without the exact span.</param>
/// <param name="Spurious">Predictions that overlap no gold name.</param>
public readonly record struct NerErrors(int Missed, int WrongType, int WrongBoundary, int Spurious)
{
    /// <summary>Adds two counts.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    public static NerErrors operator +(NerErrors a, NerErrors b) =>
        new(a.Missed + b.Missed, a.WrongType + b.WrongType, a.WrongBoundary + b.WrongBoundary, a.Spurious + b.Spurious);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"missed {Missed}, wrong type {WrongType}, wrong boundary {WrongBoundary}, spurious {Spurious}");
}
