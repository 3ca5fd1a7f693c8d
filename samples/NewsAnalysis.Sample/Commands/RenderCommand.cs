using System.CommandLine;
using System.Text;
using NewsAnalysis.Sample.Input;
using NewsAnalysis.Sample.Rendering;

namespace NewsAnalysis.Sample.Commands;

/// <summary>
/// <c>render INPUT... --out FILE.html</c>: one self-contained HTML page for all documents; with
/// <c>--out DIR</c> (no .html ending), one page per document named after its id.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(TextReader stdin, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Inputs as for analyze: text, .jsonl and .csv files, folders, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "FILE.html for one page, or a folder for one page per document.", Required = true };
        var inputFormat = new Option<string>("--input-format") { Description = "How standard input is read: text, jsonl or csv.", DefaultValueFactory = _ => "text" };
        inputFormat.AcceptOnlyFromAmong("text", "jsonl", "csv");
        var command = new Command("render", "Write HTML views of documents with entities, amounts and quotes highlighted.") { inputs, output, inputFormat };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            var format = parse.GetValue(inputFormat) switch { "jsonl" => InputFormat.Jsonl, "csv" => InputFormat.Csv, _ => InputFormat.Text };
            var reader = new InputReader(stdin, new InputOptions(format));
            var documents = reader.Read(parse.GetValue(inputs)!);
            var analyzer = NewsAnalyzer.Create();
            var failures = 0;
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

                    yield return doc.Article;
                }
            }

            var onePage = target.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
            try
            {
                if (onePage)
                {
                    using var page = new StreamWriter(target, false, new UTF8Encoding(false));
                    HtmlRenderer.WriteStart(page, "NewsAnalysis");
                    failures += WriteAll(analyzer, Articles(), stderr, analysis => HtmlRenderer.WriteDocument(page, analysis));
                    HtmlRenderer.WriteEnd(page);
                }
                else
                {
                    Directory.CreateDirectory(target);
                    var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    failures += WriteAll(analyzer, Articles(), stderr, analysis =>
                    {
                        using var page = new StreamWriter(Path.Combine(target, FileName(analysis.Id, used)), false, new UTF8Encoding(false));
                        HtmlRenderer.WriteStart(page, analysis.Title ?? analysis.Id);
                        HtmlRenderer.WriteDocument(page, analysis);
                        HtmlRenderer.WriteEnd(page);
                    });
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write {target}: {ex.Message}");
                return ExitCodes.UsageError;
            }

            return failures > 0 ? ExitCodes.RecordsFailed : ExitCodes.Success;
        });
        return command;
    }

    private static int WriteAll(NewsAnalyzer analyzer, IEnumerable<Article> articles, TextWriter stderr, Action<ArticleAnalysis> write)
    {
        var failures = 0;
        foreach (var result in analyzer.AnalyzeMany(articles))
        {
            if (result.Succeeded)
            {
                write(result.Analysis);
            }
            else
            {
                failures++;
                stderr.WriteLine($"error: {result.Article.Id}: {result.Error}");
            }
        }

        return failures;
    }

    /// <summary>A safe, unique file name from a document id ("a/b:3" becomes "a_b_3.html").</summary>
    internal static string FileName(string id, HashSet<string> used)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var stem = new string([.. id.Select(c => invalid.Contains(c) || c is ':' or '\\' or '.' || char.IsControl(c) ? '_' : c)]);
        stem = stem.Length == 0 ? "document" : stem[..Math.Min(stem.Length, 100)];
        var name = stem + ".html";
        for (var n = 2; !used.Add(name); n++)
        {
            name = $"{stem}-{n}.html";
        }

        return name;
    }
}
