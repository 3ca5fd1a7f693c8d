namespace NewsAnalysis.Sample.Output;

/// <summary>
/// Where the <c>analyze</c> command writes each analysis, in input order. <see cref="Complete"/> closes the
/// output so that it is valid (the JSON array closed, the CSV files flushed) — also after a cancellation.
/// </summary>
internal interface IDocumentSink : IDisposable
{
    void Write(ArticleAnalysis analysis);

    void Complete();
}
