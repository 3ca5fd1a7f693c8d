using NewsAnalysis.Amounts;

namespace NewsAnalysis.Pipeline;

/// <summary>Fills <see cref="AnalysisDocument.Amounts"/>: money, percentages, quantities and multipliers, per sentence.</summary>
public sealed class AmountStage : IAnalysisStage
{
    private readonly AmountRecognizer _recognizer = new(AmountLexicon.Default);

    /// <inheritdoc />
    public string Name => "amounts";

    /// <inheritdoc />
    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        _recognizer.Recognize(
            document.Text,
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Sentences),
            document.Language,
            document.Amounts,
            cancellationToken);
    }
}
