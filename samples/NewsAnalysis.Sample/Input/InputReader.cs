using System.Text;
using System.Text.Json;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Sample.Input;

/// <summary>
/// Reads the inputs of the <c>analyze</c> command lazily, in the order given: <c>.txt</c> files, folders (their
/// <c>.txt</c> and <c>.jsonl</c> files, recursively, in ordinal path order), <c>.jsonl</c> files (one object per
/// line with <c>text</c> and optional <c>id</c>, <c>title</c>, <c>language</c>), and <c>-</c> for standard input.
/// A record that cannot be read becomes a failed <see cref="InputDocument"/>; reading goes on.
/// </summary>
internal sealed class InputReader(TextReader standardInput, InputFormat stdinFormat, Language? forcedLanguage)
{
    // Invalid UTF-8 is an error to report, not something to replace silently.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var doc in ReadFile(file))
                    {
                        yield return doc;
                    }
                }
            }
            else if (File.Exists(input))
            {
                foreach (var doc in ReadFile(input))
                {
                    yield return doc;
                }
            }
            else
            {
                yield return InputDocument.Failed(input, "no such file or folder");
            }
        }
    }

    private IEnumerable<InputDocument> ReadFile(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            TextReader? reader = null;
            string? error = null;
            try
            {
                reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = ex.Message;
            }

            if (reader is null)
            {
                yield return InputDocument.Failed(path, $"cannot read the file: {error}");
                yield break;
            }

            using (reader)
            {
                foreach (var doc in ReadJsonLines(reader, path))
                {
                    yield return doc;
                }
            }

            yield break;
        }

        yield return ReadTextFile(path);
    }

    private InputDocument ReadTextFile(string path)
    {
        string text;
        try
        {
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException ex)
        {
            return InputDocument.Failed(path, $"the file is not valid UTF-8 (byte {ex.Index} of a block): use UTF-8 or UTF-16 with a byte order mark");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputDocument.Failed(path, $"cannot read the file: {ex.Message}");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return InputDocument.Failed(path, "the document is empty");
        }

        return InputDocument.Ok(path, Path.GetFileNameWithoutExtension(path), text, null, forcedLanguage);
    }

    private IEnumerable<InputDocument> ReadStandardInput()
    {
        if (stdinFormat == InputFormat.Jsonl)
        {
            foreach (var doc in ReadJsonLines(standardInput, "stdin"))
            {
                yield return doc;
            }

            yield break;
        }

        string? text = null;
        string? error = null;
        try
        {
            text = standardInput.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            error = "standard input is not valid UTF-8";
        }
        catch (IOException ex)
        {
            error = $"cannot read standard input: {ex.Message}";
        }

        if (error is not null)
        {
            yield return InputDocument.Failed("stdin", error);
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            yield return InputDocument.Failed("stdin", "the document is empty");
        }
        else
        {
            yield return InputDocument.Ok("stdin", "stdin", text, null, forcedLanguage);
        }
    }

    private IEnumerable<InputDocument> ReadJsonLines(TextReader reader, string name)
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
            catch (DecoderFallbackException)
            {
                line = null;
                error = "invalid UTF-8; the rest of the file is skipped";
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
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseJsonLine(line, $"{name}:{lineNumber}", $"{Path.GetFileNameWithoutExtension(name)}:{lineNumber}");
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
            if (string.IsNullOrWhiteSpace(text))
            {
                return InputDocument.Failed(origin, $"document '{id}' is empty");
            }

            var title = root.TryGetProperty("title", out var titleElement) && titleElement.ValueKind == JsonValueKind.String ? titleElement.GetString() : null;
            var language = forcedLanguage;
            if (root.TryGetProperty("language", out var languageElement) && languageElement.ValueKind == JsonValueKind.String)
            {
                if (!LanguageCodes.TryParse(languageElement.GetString(), out var parsed))
                {
                    return InputDocument.Failed(origin, $"document '{id}' has an unknown language '{languageElement.GetString()}' (use de, en or other)");
                }

                language = parsed;
            }

            return InputDocument.Ok(origin, id, text, title, language);
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
}
