using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsAnalysis.Languages;
using NewsAnalysis.Sample.Input;
using NewsAnalysis.Serialization;

namespace NewsAnalysis.Sample.Commands;

/// <summary>
/// <c>analyze [INPUT...]</c>: one JSON object per document on standard output, in input order. Failed
/// records are reported on standard error and the exit code is 1 at the end; the others are still written.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextReader stdin, Stream stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Text files, folders (their .txt and .jsonl files, recursively), .jsonl files, or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: jsonl (one object per line) or json (one array).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json");
        var include = new Option<string[]>("--include")
        {
            Description = "Extra layers to write: tokens.",
            AllowMultipleArgumentsPerToken = true,
        };
        include.AcceptOnlyFromAmong("tokens");
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "How standard input is read: text (one document) or jsonl.",
            DefaultValueFactory = _ => "text",
        };
        inputFormat.AcceptOnlyFromAmong("text", "jsonl");
        var language = new Option<string?>("--language")
        {
            Description = "Force the language of every document (de, en, other); default: detect.",
        };
        var parallel = new Option<int?>("--parallel")
        {
            Description = "Documents analysed at once (default: processor count).",
        };

        var command = new Command("analyze", "Analyse documents and write one JSON object per document.")
        {
            inputs, format, include, inputFormat, language, parallel,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            Language? forced = null;
            var languageCode = parse.GetValue(language);
            if (languageCode is not null)
            {
                if (!LanguageCodes.TryParse(languageCode, out var l))
                {
                    stderr.WriteLine($"error: unknown language '{languageCode}' (use de, en or other)");
                    return Task.FromResult(ExitCodes.UsageError);
                }

                forced = l;
            }

            var paths = parse.GetValue(inputs) ?? [];
            if (paths.Length == 0)
            {
                paths = ["-"];
            }

            var options = NewsAnalyzerOptions.Default with
            {
                MaxDegreeOfParallelism = Math.Max(1, parse.GetValue(parallel) ?? Environment.ProcessorCount),
            };
            var reader = new InputReader(stdin, parse.GetValue(inputFormat) == "jsonl" ? InputFormat.Jsonl : InputFormat.Text, forced);
            var includeTokens = (parse.GetValue(include) ?? []).Contains("tokens");
            var exit = Run(NewsAnalyzer.Create(options), reader.Read(paths), parse.GetValue(format) == "json", includeTokens, stdout, stderr, cancellationToken);
            return Task.FromResult(exit);
        });
        return command;
    }

    public static int Run(
        NewsAnalyzer analyzer,
        IEnumerable<InputDocument> documents,
        bool jsonArray,
        bool includeTokens,
        Stream stdout,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        var failures = 0;
        var origins = new Dictionary<int, string>();
        var index = 0;

        IEnumerable<Article> Articles()
        {
            foreach (var doc in documents)
            {
                if (doc.Article is null)
                {
                    failures++;
                    stderr.WriteLine($"error: {doc.Origin}: {doc.Error}");
                    continue;
                }

                lock (origins)
                {
                    origins[index++] = doc.Origin;
                }

                yield return doc.Article;
            }
        }

        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (jsonArray)
        {
            writer.WriteStartArray();
        }

        foreach (var result in analyzer.AnalyzeMany(Articles(), cancellationToken))
        {
            string origin;
            lock (origins)
            {
                origins.Remove(result.Index, out origin!);
            }

            if (!result.Succeeded)
            {
                failures++;
                stderr.WriteLine($"error: {origin}: {result.Error}");
                continue;
            }

            AnalysisJson.Write(writer, result.Analysis, includeTokens);
            if (!jsonArray)
            {
                writer.Flush();
                stdout.WriteByte((byte)'\n');
                writer.Reset();
            }
        }

        if (jsonArray)
        {
            writer.WriteEndArray();
            writer.Flush();
            stdout.WriteByte((byte)'\n');
        }

        stdout.Flush();
        if (failures > 0)
        {
            stderr.WriteLine($"{failures} record(s) failed; the others were written.");
            return ExitCodes.RecordsFailed;
        }

        return ExitCodes.Success;
    }
}
