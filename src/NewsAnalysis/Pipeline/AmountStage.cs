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
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        foreach (var sentence in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Sentences))
        {
            // Amounts never cross a sentence boundary; the sentence's tokens are a slice, not a copy.
            cancellationToken.ThrowIfCancellationRequested();
            _recognizer.Recognize(document.Text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), document.Language, document.Amounts);
        }
    }
}
