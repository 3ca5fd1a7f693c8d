using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsAnalysis.Sample.Output;

/// <summary>
/// Reports failed records: one line on standard error each and, with <c>--errors FILE</c>, one JSON object per
/// line in that file (<c>origin</c> = file and line, <c>id</c> when known, <c>reason</c>).
/// </summary>
internal sealed class ErrorLog(TextWriter stderr, string? path) : IDisposable
{
    private readonly Stream? _file = path is null ? null : Create(path);

    /// <summary>How a report line reaches the person (standard error; the live progress display replaces it).</summary>
    public Action<string> Print { get; set; } = stderr.WriteLine;

    public void Report(string origin, string? id, string reason)
    {
        Print($"error: {origin}: {reason}");
        if (_file is null)
        {
            return;
        }

        using (var writer = new Utf8JsonWriter(_file, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("origin", origin);
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("reason", reason);
            writer.WriteEndObject();
        }

        _file.WriteByte((byte)'\n');
        _file.Flush();
    }

    public void Dispose() => _file?.Dispose();

    private static FileStream Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
    }
}
