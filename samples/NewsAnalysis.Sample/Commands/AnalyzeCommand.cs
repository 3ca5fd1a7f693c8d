using System.CommandLine;
using NewsAnalysis.Languages;
using NewsAnalysis.Sample.Input;
using NewsAnalysis.Sample.Output;
using Spectre.Console;

namespace NewsAnalysis.Sample.Commands;

/// <summary>
/// <c>analyze [INPUT...]</c>: analyses documents as a stream and writes them in input order (JSON lines, one
/// JSON array, four CSV files, or a table). Failed records are reported on standard error (and with
/// <c>--errors</c> in a JSONL file) and the exit code is 1 at the end; the others are still written. A stop
/// request (Ctrl-C, SIGTERM) ends reading; the documents already started are written and the output closed.
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>The exit code after a stop request (128 + SIGINT, as shells report an interrupted command).</summary>
    public const int Cancelled = 130;

    public static Command Create(TextReader stdin, Stream stdout, TextWriter stdoutText, TextWriter stderr, CancellationToken stop)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Text, .jsonl and .csv files, folders (their .txt, .jsonl and .csv files, recursively), or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output: jsonl (one object per line), json (one array), csv (four files in --out DIR) or table (a human summary).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "csv", "table");
        var outFolder = new Option<string?>("--out") { Description = "With --format csv: the folder for documents.csv, entities.csv, amounts.csv and quotes.csv." };
        var include = new Option<string[]>("--include")
        {
            Description = "Extra layers to write: tokens.",
            AllowMultipleArgumentsPerToken = true,
        };
        include.AcceptOnlyFromAmong("tokens");
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "How standard input is read: text (one document), jsonl or csv.",
            DefaultValueFactory = _ => "text",
        };
        inputFormat.AcceptOnlyFromAmong("text", "jsonl", "csv");
        var language = new Option<string?>("--language") { Description = "Force the language of every document (de, en, other); default: detect." };
        var parallel = new Option<int?>("--parallel") { Description = "Documents analysed at once (default: processor count). Output stays in input order." };
        var encoding = new Option<string?>("--encoding") { Description = "Force the encoding of input files (utf-8, utf-16, latin1, windows-1252, …); default: byte order mark, else UTF-8." };
        var idColumn = new Option<string>("--id-column") { Description = "CSV column with the document id.", DefaultValueFactory = _ => "id" };
        var titleColumn = new Option<string>("--title-column") { Description = "CSV column with the title.", DefaultValueFactory = _ => "title" };
        var textColumn = new Option<string>("--text-column") { Description = "CSV column with the text.", DefaultValueFactory = _ => "text" };
        var delimiter = new Option<string>("--delimiter") { Description = "CSV field delimiter (one character, or tab).", DefaultValueFactory = _ => "," };
        var errors = new Option<string?>("--errors") { Description = "Also write every failed record to this JSONL file (origin, id, reason)." };
        var maxChars = new Option<int>("--max-chars")
        {
            Description = "Documents longer than this many characters fail as records.",
            DefaultValueFactory = _ => NewsAnalyzerOptions.Default.MaxTextLength,
        };
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar or summary, even on a terminal." };

        var command = new Command("analyze", "Analyse documents and write them in input order.")
        {
            inputs, format, outFolder, include, inputFormat, language, parallel, encoding, idColumn, titleColumn, textColumn,
            delimiter, errors, maxChars, quiet,
        };
        command.SetAction(parse =>
        {
            var options = ReadOptions(parse, stderr, language, encoding, delimiter, maxChars, parallel, inputFormat, idColumn, titleColumn, textColumn);
            if (options is null)
            {
                return ExitCodes.UsageError;
            }

            var outputFormat = parse.GetValue(format)!;
            var folder = parse.GetValue(outFolder);
            if ((outputFormat == "csv") != (folder is not null))
            {
                stderr.WriteLine(folder is null ? "error: --format csv needs --out DIR" : "error: --out DIR is only for --format csv");
                return ExitCodes.UsageError;
            }

            var paths = parse.GetValue(inputs) is { Length: > 0 } given ? given : ["-"];
            var analyzer = NewsAnalyzer.Create(NewsAnalyzerOptions.Default with
            {
                MaxDegreeOfParallelism = options.Value.Parallel,
                MaxTextLength = options.Value.Input.MaxChars,
            });
            var summary = new BatchSummary();
            IDocumentSink sink;
            try
            {
                sink = outputFormat switch
                {
                    "csv" => new CsvSink(folder!),
                    "table" => new TableSink(stdoutText, summary),
                    _ => new JsonSink(stdout, outputFormat == "json", (parse.GetValue(include) ?? []).Contains("tokens")),
                };
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write to {folder}: {ex.Message}");
                return ExitCodes.UsageError;
            }

            ErrorLog errorLog;
            try
            {
                errorLog = new ErrorLog(stderr, parse.GetValue(errors));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                sink.Dispose();
                stderr.WriteLine($"error: cannot write the error file: {ex.Message}");
                return ExitCodes.UsageError;
            }

            using (sink)
            using (errorLog)
            {
                var reader = new InputReader(stdin, options.Value.Input);
                var batch = new Batch(analyzer, reader, paths, sink, errorLog, summary, stop);
                if (Terminal.ShowsProgress(stderr, parse.GetValue(quiet)))
                {
                    batch.RunWithProgress(stderr);
                }
                else
                {
                    batch.Run(null);
                }

                return Finish(batch, stderr);
            }
        });
        return command;
    }

    private static int Finish(Batch batch, TextWriter stderr)
    {
        if (batch.WasStopped)
        {
            stderr.WriteLine($"stopped after {batch.Written} document(s); the output is complete and valid up to there.");
            return Cancelled;
        }

        if (batch.Failures > 0)
        {
            stderr.WriteLine($"{batch.Failures} record(s) failed; the others were written.");
            return ExitCodes.RecordsFailed;
        }

        return ExitCodes.Success;
    }

    private static (InputOptions Input, int Parallel)? ReadOptions(
        ParseResult parse,
        TextWriter stderr,
        Option<string?> language,
        Option<string?> encoding,
        Option<string> delimiter,
        Option<int> maxChars,
        Option<int?> parallel,
        Option<string> inputFormat,
        Option<string> idColumn,
        Option<string> titleColumn,
        Option<string> textColumn)
    {
        Language? forced = null;
        if (parse.GetValue(language) is { } code)
        {
            if (!LanguageCodes.TryParse(code, out var l))
            {
                stderr.WriteLine($"error: unknown language '{code}' (use de, en or other)");
                return null;
            }

            forced = l;
        }

        System.Text.Encoding? forcedEncoding = null;
        if (parse.GetValue(encoding) is { } name && (forcedEncoding = TextDecoding.FromName(name)) is null)
        {
            stderr.WriteLine($"error: unknown encoding '{name}' (e.g. utf-8, utf-16, latin1, windows-1252)");
            return null;
        }

        var separator = parse.GetValue(delimiter)!;
        separator = separator is "tab" or "\\t" ? "\t" : separator;
        if (separator.Length != 1 || separator is "\"" or "\n" or "\r")
        {
            stderr.WriteLine($"error: --delimiter takes one character other than a quote or line break (or tab), not '{separator}'");
            return null;
        }

        var limit = parse.GetValue(maxChars);
        var degree = parse.GetValue(parallel) ?? Environment.ProcessorCount;
        if (limit < 1 || degree < 1)
        {
            stderr.WriteLine("error: --max-chars and --parallel take a positive number");
            return null;
        }

        var stdinFormat = parse.GetValue(inputFormat) switch { "jsonl" => InputFormat.Jsonl, "csv" => InputFormat.Csv, _ => InputFormat.Text };
        var csv = new CsvColumns(parse.GetValue(idColumn)!, parse.GetValue(titleColumn)!, parse.GetValue(textColumn)!, separator);
        return (new InputOptions(stdinFormat, forced, forcedEncoding, csv, limit), degree);
    }

    /// <summary>One run of the command: reads, analyses in parallel, writes in input order.</summary>
    private sealed class Batch(
        NewsAnalyzer analyzer,
        InputReader reader,
        IReadOnlyList<string> paths,
        IDocumentSink sink,
        ErrorLog errorLog,
        BatchSummary summary,
        CancellationToken stop)
    {
        public bool WasStopped { get; private set; }

        public long Written => summary.Documents;

        public long Failures => summary.Failures;

        public void Run(Action? afterDocument)
        {
            var origins = new Queue<string>();

            IEnumerable<Article> Articles()
            {
                foreach (var doc in reader.Read(paths))
                {
                    if (stop.IsCancellationRequested)
                    {
                        // Stop reading; what is already being analysed is still written below.
                        WasStopped = true;
                        yield break;
                    }

                    if (doc.Article is null)
                    {
                        summary.AddFailure();
                        errorLog.Report(doc.Origin, null, doc.Error!);
                        afterDocument?.Invoke();
                        continue;
                    }

                    lock (origins)
                    {
                        origins.Enqueue(doc.Origin);
                    }

                    yield return doc.Article;
                }
            }

            // The batch's own token is never cancelled: a stop request ends the input instead, so every
            // document that was started is finished and written whole.
            foreach (var result in analyzer.AnalyzeMany(Articles(), CancellationToken.None))
            {
                string origin;
                lock (origins)
                {
                    origin = origins.Dequeue();
                }

                if (result.Succeeded)
                {
                    summary.Add(result.Analysis);
                    sink.Write(result.Analysis);
                }
                else
                {
                    summary.AddFailure();
                    errorLog.Report(origin, result.Article.Id, result.Error);
                }

                afterDocument?.Invoke();
            }

            WasStopped |= stop.IsCancellationRequested;
            sink.Complete();
        }

        public void RunWithProgress(TextWriter stderr)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            var total = InputReader.TotalBytes(paths);

            // Error lines go through the console, which keeps them above the live progress bar.
            errorLog.Print = line => console.Write(new Text(line + "\n"));
            console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("starting", maxValue: Math.Max(total, 1));
                    task.IsIndeterminate = total == 0;
                    var lastUpdate = TimeSpan.Zero;
                    Run(() =>
                    {
                        if (summary.Elapsed - lastUpdate < TimeSpan.FromMilliseconds(100))
                        {
                            return;
                        }

                        lastUpdate = summary.Elapsed;
                        task.Value = reader.BytesRead;
                        task.Description = $"{summary.Documents:N0} documents, {summary.DocumentsPerSecond:N1}/s";
                    });
                    task.Value = task.MaxValue;
                    task.Description = $"{summary.Documents:N0} documents, {summary.DocumentsPerSecond:N1}/s";
                });
            console.Write(summary.ToTable());
        }
    }
}
