using System.Text.Encodings.Web;
using System.Text.Json;
using NewsAnalysis.Serialization;

namespace NewsAnalysis.Sample.Output;

/// <summary>The JSON contract: one object per line (jsonl) or one array (json).</summary>
internal sealed class JsonSink : IDocumentSink
{
    private readonly Stream _stream;
    private readonly bool _array;
    private readonly bool _includeTokens;
    private readonly Utf8JsonWriter _writer;

    public JsonSink(Stream stream, bool array, bool includeTokens)
    {
        _stream = stream;
        _array = array;
        _includeTokens = includeTokens;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (array)
        {
            _writer.WriteStartArray();
        }
    }

    public void Write(ArticleAnalysis analysis)
    {
        AnalysisJson.Write(_writer, analysis, _includeTokens);

        // Hand each document to the stream at once: the writer would otherwise buffer the whole array.
        _writer.Flush();
        if (!_array)
        {
            // One complete line per document: a reader (or a cancelled run) never sees half an object.
            _stream.WriteByte((byte)'\n');
            _writer.Reset();
        }

        _stream.Flush();
    }

    public void Complete()
    {
        if (_array)
        {
            _writer.WriteEndArray();
            _writer.Flush();
            _stream.WriteByte((byte)'\n');
        }

        _stream.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
