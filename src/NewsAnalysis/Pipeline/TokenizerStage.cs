using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Pipeline;

/// <summary>Fills <see cref="AnalysisDocument.Tokens"/>.</summary>
/// <param name="tokenizer">The tokenizer to use.</param>
public sealed class TokenizerStage(Tokenizer tokenizer) : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        tokenizer.Tokenize(document.Text, document.Language, document.Tokens);
    }
}
