using System.Runtime.InteropServices;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Pipeline;

/// <summary>
/// Fills <see cref="AnalysisDocument.Entities"/>: tags each sentence with the language's statistical model
/// (German, or English for every other language), then runs the document-level pass
/// (<see cref="EntityConsolidator"/>): names spread to their later short forms, canonical names, and
/// <see cref="AnalysisDocument.ConsolidatedEntities"/>.
/// </summary>
public sealed class EntityStage : IAnalysisStage
{
    private readonly EntityRecognizer _german;
    private readonly EntityRecognizer _english;

    /// <summary>Creates the stage with the embedded German and English models.</summary>
    public EntityStage()
    {
        // The two models are independent: load them on two cores.
        var german = Task.Run(() => EntityRecognizer.ForLanguage(Language.German));
        _english = EntityRecognizer.ForLanguage(Language.English);
        _german = german.GetAwaiter().GetResult();

        // The document-level pass's word lists load here too, not on the first article.
        _ = EntityConsolidator.ForLanguage(Language.German);
        _ = EntityConsolidator.ForLanguage(Language.English);
    }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var recognizer = document.Language == Language.German ? _german : _english;
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recognizer.Recognize(document.Text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), document.Entities);
        }

        // The document-level pass: spreads names the article gives elsewhere, canonical names, Entity records.
        EntityConsolidator.ForLanguage(document.Language).Apply(document);
    }
}
