using NewsAnalysis.Languages;

namespace NewsAnalysis.Sample.Output;

/// <summary>
/// <c>--format table</c>: a human summary on standard output — one aligned line per document as it is
/// analysed, then the summary table.
/// </summary>
internal sealed class TableSink(TextWriter output, BatchSummary summary) : IDocumentSink
{
    private bool _headerWritten;

    public void Write(ArticleAnalysis analysis)
    {
        if (!_headerWritten)
        {
            output.WriteLine($"{"document",-40} {"lang",-5} {"tokens",8} {"entities",9} {"amounts",8} {"quotes",7}");
            _headerWritten = true;
        }

        var id = analysis.Id.Length > 40 ? analysis.Id[..39] + "…" : analysis.Id;
        output.WriteLine($"{id,-40} {analysis.Language.ToCode(),-5} {analysis.Tokens.Length,8} {analysis.Entities.Length,9} {analysis.Amounts.Length,8} {analysis.Quotes.Length,7}");
    }

    public void Complete()
    {
        output.WriteLine();
        summary.WritePlain(output);
        output.Flush();
    }

    public void Dispose()
    {
    }
}
