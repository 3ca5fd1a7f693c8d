using System.Globalization;
using System.Text;
using CsvHelper;
using NewsAnalysis.Languages;
using NewsAnalysis.Serialization;

namespace NewsAnalysis.Sample.Output;

/// <summary>
/// <c>--format csv --out DIR</c>: documents.csv, entities.csv, amounts.csv and quotes.csv, one row per record
/// with the document id first (CsvHelper quotes fields with delimiters, quotes or line breaks).
/// </summary>
internal sealed class CsvSink : IDocumentSink
{
    public static readonly string[] FileNames = ["documents.csv", "entities.csv", "amounts.csv", "quotes.csv"];

    private readonly CsvWriter _documents;
    private readonly CsvWriter _entities;
    private readonly CsvWriter _amounts;
    private readonly CsvWriter _quotes;

    public CsvSink(string folder)
    {
        Directory.CreateDirectory(folder);
        _documents = Open(folder, FileNames[0], "id", "title", "language", "characters", "sentences", "tokens", "entities", "amounts", "quotes");
        _entities = Open(folder, FileNames[1], "document_id", "start", "end", "text", "type", "canonical");
        _amounts = Open(folder, FileNames[2], "document_id", "start", "end", "text", "kind", "value", "range_end", "currency", "unit", "qualifier");
        _quotes = Open(folder, FileNames[3], "document_id", "start", "end", "outer_start", "outer_end", "kind", "speaker", "text");
    }

    public void Write(ArticleAnalysis analysis)
    {
        var id = analysis.Id;
        Row(_documents, id, analysis.Title, analysis.Language.ToCode(), analysis.Text.Length, analysis.Sentences.Length,
            analysis.Tokens.Length, analysis.Entities.Length, analysis.Amounts.Length, analysis.Quotes.Length);
        foreach (var e in analysis.Entities)
        {
            Row(_entities, id, e.Start, e.End, e.Text, AnalysisJson.TypeName(e.Type), e.CanonicalName);
        }

        foreach (var a in analysis.Amounts)
        {
            Row(_amounts, id, a.Start, a.End, a.Text, AnalysisJson.KindName(a.Kind), Plain(a.Value), a.RangeEnd is { } r ? Plain(r) : null,
                a.Currency, a.Unit, AnalysisJson.QualifierName(a.Qualifier));
        }

        foreach (var q in analysis.Quotes)
        {
            Row(_quotes, id, q.Start, q.End, q.OuterStart, q.OuterEnd, AnalysisJson.KindName(q.Kind), q.Speaker, q.Text);
        }
    }

    public void Complete()
    {
        foreach (var writer in new[] { _documents, _entities, _amounts, _quotes })
        {
            writer.Flush();
        }
    }

    public void Dispose()
    {
        _documents.Dispose();
        _entities.Dispose();
        _amounts.Dispose();
        _quotes.Dispose();
    }

    /// <summary>A decimal without trailing zeros ("1500000000", not "1500000000.00").</summary>
    internal static string Plain(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static CsvWriter Open(string folder, string name, params string[] header)
    {
        var stream = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(false), 1 << 16);
        var writer = new CsvWriter(stream, CultureInfo.InvariantCulture);
        foreach (var column in header)
        {
            writer.WriteField(column);
        }

        writer.NextRecord();
        return writer;
    }

    private static void Row(CsvWriter writer, params object?[] fields)
    {
        foreach (var field in fields)
        {
            writer.WriteField(field switch
            {
                null => string.Empty,
                int i => i.ToString(CultureInfo.InvariantCulture),
                _ => field.ToString(),
            });
        }

        writer.NextRecord();
    }
}
