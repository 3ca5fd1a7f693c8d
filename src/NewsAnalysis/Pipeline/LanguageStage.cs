using NewsAnalysis.Languages;

namespace NewsAnalysis.Pipeline;

/// <summary>Sets the document's language: the caller's, if forced, else the detector's verdict.</summary>
/// <param name="detector">The detector to use.</param>
/// <param name="fallback">The language for texts that are neither German nor English by detection.</param>
public sealed class LanguageStage(LanguageDetector detector, Language? fallback = null) : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "language";

    /// <inheritdoc />
    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.ForcedLanguage is { } forced)
        {
            document.Language = forced;
            return;
        }

        var detected = detector.Detect(document.Text);
        document.Language = detected == Language.Other && fallback is { } f ? f : detected;
    }
}
