using System.Text.Json;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Sample.Input;

/// <summary>
/// Reads the inputs of the <c>analyze</c> command lazily, in the order given: <c>.txt</c> files, <c>.jsonl</c>
/// files (one object per line with <c>text</c> and optional <c>id</c>, <c>title</c>, <c>language</c>),
/// <c>.csv</c> files (header row; see <see cref="CsvInput"/>), folders (their <c>.txt</c>, <c>.jsonl</c> and
/// <c>.csv</c> files, recursively, in ordinal path order), and <c>-</c> for standard input. Files are decoded
/// as <see cref="TextDecoding"/> says. A record that cannot be read becomes a failed
/// <see cref="InputDocument"/>; reading goes on. Nothing but the current record is held in memory.
/// </summary>
internal sealed class InputReader(TextReader standardInput, InputOptions options)
{
    private static readonly string[] Extensions = [".txt", ".jsonl", ".csv"];

    private long _bytesOfFinishedFiles;
    private long _bytesRead;

    /// <summary>Bytes of the input files read so far (for progress; standard input is not counted).</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The total size of the input files, or 0 when unknown (standard input).</summary>
    public static long TotalBytes(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                return 0;
            }

            foreach (var file in Files(input))
            {
                total += new FileInfo(file).Length;
            }
        }

        return total;
    }

    public IEnumerable<InputDocument> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var doc in ReadStandardInput())
                {
                    yield return doc;
                }
            }
            else if (Directory.Exists(input) || File.Exists(input))
            {
                foreach (var file in Files(input))
                {
                    foreach (var doc in ReadFile(file))
                    {
                        yield return doc;
                    }
                }
            }
            else
            {
                yield return InputDocument.Failed(input, "no such file or folder");
            }
        }
    }

    /// <summary>A document whose fields were read: fails when it has invalid bytes, no text, or is too long.</summary>
    internal static InputDocument Checked(string origin, string id, string text, string? title, Language? language, InputOptions options)
    {
        if (text.Contains(TextDecoding.InvalidMarker) || id.Contains(TextDecoding.InvalidMarker) || title?.Contains(TextDecoding.InvalidMarker) == true)
        {
            return InputDocument.Failed(origin, TextDecoding.InvalidBytesReason(options.Encoding));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return InputDocument.Failed(origin, $"document '{id}' is empty");
        }

        if (text.Length > options.MaxChars)
        {
            return InputDocument.Failed(origin, $"document '{id}' has {text.Length:N0} characters; --max-chars is {options.MaxChars:N0}");
        }

        return InputDocument.Ok(origin, id, text, title, language);
    }

    private static IEnumerable<string> Files(string input)
    {
        if (!Directory.Exists(input))
        {
            return File.Exists(input) ? [input] : [];
        }

        return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);
    }

    private IEnumerable<InputDocument> ReadFile(string path)
    {
        FileStream? stream = null;
        StreamReader? reader = null;
        string? error = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && stream.Length > 4L * options.MaxChars + 4)
            {
                // Too long whatever the encoding: fail without reading it into memory.
                error = $"the file has {stream.Length:N0} bytes, more than --max-chars ({options.MaxChars:N0} characters) allows";
            }
            else
            {
                reader = TextDecoding.Open(stream, options.Encoding);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read the file: {ex.Message}";
        }

        if (reader is null)
        {
            stream?.Dispose();
            yield return InputDocument.Failed(path, error!);
            yield break;
        }

        var length = stream!.Length;
        void Progress() => Interlocked.Exchange(ref _bytesRead, _bytesOfFinishedFiles + stream.Position);
        using (reader)
        {
            IEnumerable<InputDocument> documents =
                path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? ReadJsonLines(reader, path, Progress)
                : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? CsvInput.Read(reader, path, options, Progress)
                : [ReadTextFile(reader, path)];
            foreach (var doc in documents)
            {
                yield return doc;
            }
        }

        _bytesOfFinishedFiles += length;
        Interlocked.Exchange(ref _bytesRead, _bytesOfFinishedFiles);
    }

    private InputDocument ReadTextFile(TextReader reader, string path)
    {
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (IOException ex)
        {
            return InputDocument.Failed(path, $"cannot read the file: {ex.Message}");
        }

        return Checked(path, Path.GetFileNameWithoutExtension(path), text, null, options.ForcedLanguage, options);
    }

    private IEnumerable<InputDocument> ReadStandardInput()
    {
        if (options.StandardInputFormat == InputFormat.Jsonl)
        {
            return ReadJsonLines(standardInput, "stdin", null);
        }

        if (options.StandardInputFormat == InputFormat.Csv)
        {
            return CsvInput.Read(standardInput, "stdin", options);
        }

        return [ReadStandardInputText()];
    }

    private InputDocument ReadStandardInputText()
    {
        string text;
        try
        {
            text = standardInput.ReadToEnd();
        }
        catch (IOException ex)
        {
            return InputDocument.Failed("stdin", $"cannot read standard input: {ex.Message}");
        }

        return Checked("stdin", "stdin", text, null, options.ForcedLanguage, options);
    }

    private IEnumerable<InputDocument> ReadJsonLines(TextReader reader, string name, Action? afterLine)
    {
        var lineNumber = 0;
        while (true)
        {
            string? line;
            string? error = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (IOException ex)
            {
                line = null;
                error = $"cannot read: {ex.Message}; the rest of the input is skipped";
            }

            if (error is not null)
            {
                yield return InputDocument.Failed($"{name}:{lineNumber + 1}", error);
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            lineNumber++;
            afterLine?.Invoke();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var origin = $"{name}:{lineNumber}";
            yield return line.Contains(TextDecoding.InvalidMarker)
                ? InputDocument.Failed(origin, TextDecoding.InvalidBytesReason(options.Encoding))
                : ParseJsonLine(line, origin, $"{Path.GetFileNameWithoutExtension(name)}:{lineNumber}");
        }
    }

    private InputDocument ParseJsonLine(string line, string origin, string defaultId)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputDocument.Failed(origin, "the line is not a JSON object");
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return InputDocument.Failed(origin, "the object has no string property \"text\"");
            }

            var text = textElement.GetString()!;
            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idElement.ToString()
                : defaultId;
            var title = root.TryGetProperty("title", out var titleElement) && titleElement.ValueKind == JsonValueKind.String ? titleElement.GetString() : null;
            var language = options.ForcedLanguage;
            if (root.TryGetProperty("language", out var languageElement) && languageElement.ValueKind == JsonValueKind.String)
            {
                if (!LanguageCodes.TryParse(languageElement.GetString(), out var parsed))
                {
                    return InputDocument.Failed(origin, $"document '{id}' has an unknown language '{languageElement.GetString()}' (use de, en or other)");
                }

                language = parsed;
            }

            return Checked(origin, id, text, title, language, options);
        }
        catch (JsonException ex)
        {
            return InputDocument.Failed(origin, $"invalid JSON: {ex.Message}");
        }
    }
}

/// <summary>How standard input is read.</summary>
internal enum InputFormat
{
    /// <summary>The whole input is one plain-text document.</summary>
    Text,
    /// <summary>One JSON object per line.</summary>
    Jsonl,
    /// <summary>CSV with a header row.</summary>
    Csv,
}
