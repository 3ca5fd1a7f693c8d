namespace NewsAnalysis.Pipeline;

/// <summary>
/// One named step of the pipeline. A stage reads what earlier stages put into the shared
/// <see cref="AnalysisDocument"/> and adds its own layer. Stages are created once and shared by all threads,
/// so they keep no per-document state.
/// </summary>
public interface IAnalysisStage
{
    /// <summary>A short, stable name ("tokenizer", "sentences", ...).</summary>
    string Name { get; }

    /// <summary>Adds this stage's layer to the document.</summary>
    /// <param name="document">The document being analysed; owned by the calling thread.</param>
    /// <param name="cancellationToken">Stops long work early.</param>
    void Process(AnalysisDocument document, CancellationToken cancellationToken);
}
