using NewsAnalysis.Sentences;

namespace NewsAnalysis.Pipeline;

/// <summary>Fills <see cref="AnalysisDocument.Sentences"/> from the tokens.</summary>
/// <param name="splitter">The sentence splitter to use.</param>
public sealed class SentenceStage(SentenceSplitter splitter) : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        splitter.Split(document.Text, document.Tokens, document.Language, document.Sentences);
    }
}
