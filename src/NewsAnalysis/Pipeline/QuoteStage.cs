using NewsAnalysis.Quotes;

namespace NewsAnalysis.Pipeline;

/// <summary>
/// Fills <see cref="AnalysisDocument.Quotes"/>: direct, partial and scare quotes with their speakers. Runs after
/// the entity stage when there is one and uses its mentions and consolidated names; reads names itself where
/// that stage found none.
/// </summary>
public sealed class QuoteStage : IAnalysisStage
{
    private readonly QuoteAttributor _attributor = new(QuoteLexicon.Default);

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        _attributor.Process(document, cancellationToken);
    }
}
