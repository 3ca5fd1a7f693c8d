using System.Text;
using System.Text.Json;
using NewsAnalysis.Sample;
using NewsAnalysis.Sample.Output;

namespace NewsAnalysis.Tests.Sample;

/// <summary>The batch side of <c>analyze</c>: CSV input, encodings, CSV/table output, error file, limits, stopping.</summary>
public class BatchToolTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsanalysis-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(TextReader stdin, CancellationToken stop, params string[] args)
    {
        using var stdout = new MemoryStream();
        var stdoutText = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Program.RunAsync(args, stdin, stdout, stdoutText, stderr, stop);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()) + stdoutText, stderr.ToString());
    }

    private static Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args) => Run(new StringReader(string.Empty), default, args);

    private static string[] Ids(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)];

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Test]
    public async Task CsvWithQuotedMultiLineFieldsCustomColumnsAndDelimiter()
    {
        var csv = Write("in.csv",
            "nr;headline;body\n" +
            "a1;Erst;\"Die Firma sammelte 113 Millionen Euro ein.\nZweite Zeile; mit \"\"Zitat\"\".\"\n" +
            "a2;Zweit;Der Preis stieg um 5 Prozent.\n");
        var (exit, stdout, stderr) = await Run("analyze", csv, "--delimiter", ";", "--id-column", "nr", "--title-column", "headline", "--text-column", "body");
        Assert.That(exit, Is.EqualTo(0), stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Multiple(() =>
        {
            Assert.That(Ids(stdout), Is.EqualTo(new[] { "a1", "a2" }));
            Assert.That(first.RootElement.GetProperty("title").GetString(), Is.EqualTo("Erst"));
            Assert.That(first.RootElement.GetProperty("length").GetInt32(), Is.EqualTo("Die Firma sammelte 113 Millionen Euro ein.\nZweite Zeile; mit \"Zitat\".".Length));
            Assert.That(first.RootElement.GetProperty("amounts")[0].GetProperty("value").GetDecimal(), Is.EqualTo(113_000_000m));
        });
    }

    [Test]
    public async Task BadCsvRowsFailWithTheirLineAndTheRestIsRead()
    {
        var csv = Write("in.csv",
            "id,text\n" +
            "ok1,\"Zwei\nZeilen.\"\n" +       // lines 2-3
            "bad,\"abc\" trailing\n" +         // line 4: text after the closing quote
            "short\n" +                        // line 5: too few fields
            "empty,\"  \"\n" +                 // line 6
            "ok2,Noch ein Text.\n");
        var errors = Path.Combine(_dir, "errors.jsonl");
        var (exit, stdout, stderr) = await Run("analyze", csv, "--errors", errors);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(Ids(stdout), Is.EqualTo(new[] { "ok1", "ok2" }));
        var logged = File.ReadAllLines(errors).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(logged.Select(e => e.GetProperty("origin").GetString()), Is.EqualTo(new[] { $"{csv}:4", $"{csv}:5", $"{csv}:6" }));
            Assert.That(logged[0].GetProperty("reason").GetString(), Does.Contain("malformed CSV"));
            Assert.That(logged[1].GetProperty("reason").GetString(), Does.Contain("1 field"));
            Assert.That(logged[2].GetProperty("reason").GetString(), Does.Contain("empty"));
            Assert.That(stderr, Does.Contain($"{csv}:4").And.Contain($"{csv}:5").And.Contain("3 record(s) failed"));
        });
    }

    [Test]
    public async Task MissingTextColumnFailsTheFile()
    {
        var csv = Write("in.csv", "id,body\n1,Text.\n");
        var (exit, stdout, stderr) = await Run("analyze", csv);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain("no column 'text'"));
    }

    [Test]
    public async Task ByteOrderMarksAreHonouredAndForcedEncodingsDecode()
    {
        const string text = "Grüße aus Köln für 5 Euro.";
        File.WriteAllText(Path.Combine(_dir, "a-utf8bom.txt"), text, new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(_dir, "b-utf16le.txt"), text, new UnicodeEncoding(false, true));
        File.WriteAllText(Path.Combine(_dir, "c-utf16be.txt"), text, new UnicodeEncoding(true, true));
        File.WriteAllText(Path.Combine(_dir, "d-utf8.txt"), text, new UTF8Encoding(false));
        var (exit, stdout, stderr) = await Run("analyze", _dir, "--include", "tokens");
        Assert.That(exit, Is.EqualTo(0), stderr);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            Assert.That(doc.RootElement.GetProperty("length").GetInt32(), Is.EqualTo(text.Length), "the byte order mark is not part of the text");
            Assert.That(doc.RootElement.GetProperty("tokens")[0].GetProperty("text").GetString(), Is.EqualTo("Grüße"));
        }

        var latin1 = Path.Combine(_dir, "latin1.csv");
        File.WriteAllBytes(latin1, Encoding.Latin1.GetBytes("id,text\nx,\"" + text + "\"\n"));
        var strict = await Run("analyze", latin1);
        Assert.That(strict.Exit, Is.EqualTo(1));
        Assert.That(strict.Stderr, Does.Contain("latin1.csv:2").And.Contain("invalid UTF-8"));
        foreach (var name in new[] { "latin1", "windows-1252" })
        {
            var forced = await Run("analyze", latin1, "--encoding", name, "--include", "tokens");
            Assert.That(forced.Exit, Is.EqualTo(0), forced.Stderr);
            using var doc = JsonDocument.Parse(forced.Stdout);
            Assert.That(doc.RootElement.GetProperty("tokens")[0].GetProperty("text").GetString(), Is.EqualTo("Grüße"));
        }

        Assert.That((await Run("analyze", latin1, "--encoding", "klingon")).Exit, Is.EqualTo(2));
    }

    [Test]
    public async Task InvalidBytesFailOnlyTheirRecord()
    {
        var jsonl = Path.Combine(_dir, "mixed.jsonl");
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Erster Text.\"}\n{\"id\":\"b\",\"text\":\"Gr"));
        bytes.AddRange([0xFC, 0xDF]);
        bytes.AddRange(Encoding.UTF8.GetBytes("e.\"}\n{\"id\":\"c\",\"text\":\"Dritter Text.\"}\n"));
        File.WriteAllBytes(jsonl, [.. bytes]);
        var csv = Path.Combine(_dir, "mixed.csv");
        File.WriteAllBytes(csv, [.. Encoding.UTF8.GetBytes("id,text\nd,Vierter.\ne,\"Gr"), 0xFC, .. Encoding.UTF8.GetBytes("\nund mehr\"\nf,Sechster.\n")]);
        var (exit, stdout, stderr) = await Run("analyze", jsonl, csv);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(Ids(stdout), Is.EqualTo(new[] { "a", "c", "d", "f" }));
        Assert.That(stderr, Does.Contain("mixed.jsonl:2").And.Contain("mixed.csv:3"));
    }

    [Test]
    public async Task CsvOutputWritesFourFilesThatReadBack()
    {
        var input = Write("in.jsonl",
            "{\"id\":\"d1\",\"title\":\"Komma, \\\"Zitat\\\"\",\"text\":\"Die Firma sammelte rund 1,5 Mrd. Euro ein und wuchs um 5 Prozent.\"}\n" +
            "{\"id\":\"d2\",\"text\":\"Nothing to count here.\"}\n");
        var folder = Path.Combine(_dir, "out");
        var (exit, _, stderr) = await Run("analyze", input, "--format", "csv", "--out", folder);
        Assert.That(exit, Is.EqualTo(0), stderr);
        Assert.That(CsvSink.FileNames.Select(f => File.Exists(Path.Combine(folder, f))), Is.All.True);
        var documents = CsvRows.Read(Path.Combine(folder, "documents.csv"));
        var amounts = CsvRows.Read(Path.Combine(folder, "amounts.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(documents.Select(d => d["id"]), Is.EqualTo(new[] { "d1", "d2" }));
            Assert.That(documents[0]["title"], Is.EqualTo("Komma, \"Zitat\""));
            Assert.That(documents[0]["amounts"], Is.EqualTo("2"));
            Assert.That(amounts.Select(a => a["document_id"]), Is.All.EqualTo("d1"));
            Assert.That(amounts[0]["value"], Is.EqualTo("1500000000"));
            Assert.That(amounts[0]["currency"], Is.EqualTo("EUR"));
            Assert.That(amounts[0]["qualifier"], Is.EqualTo("approximately"));
            Assert.That(amounts[1]["kind"], Is.EqualTo("percent"));
        });
        using (var reader = new StreamReader(Path.Combine(folder, "entities.csv")))
        {
            Assert.That(reader.ReadLine(), Is.EqualTo("document_id,start,end,text,type,canonical"));
        }

        using (var reader = new StreamReader(Path.Combine(folder, "quotes.csv")))
        {
            Assert.That(reader.ReadLine(), Is.EqualTo("document_id,start,end,outer_start,outer_end,kind,speaker,text"));
        }

        Assert.That((await Run("analyze", input, "--format", "csv")).Exit, Is.EqualTo(2), "csv needs --out");
        Assert.That((await Run("analyze", input, "--out", folder)).Exit, Is.EqualTo(2), "--out is for csv");
    }

    [Test]
    public async Task TableFormatSummarisesTheBatch()
    {
        var input = Write("in.jsonl",
            "{\"id\":\"d1\",\"text\":\"Die Firma sammelte 1,5 Mrd. Euro ein und wuchs um 5 Prozent.\"}\n" +
            "{\"id\":\"d2\",\"text\":\"\"}\n");
        var (exit, stdout, _) = await Run("analyze", input, "--format", "table");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("d1").And.Contain("documents").And.Contain("money").And.Contain("percent").And.Contain("failures").And.Contain("throughput"));
        Assert.That(stdout, Does.Not.Contain("\u001b["), "no terminal control codes in the table output");
    }

    [Test]
    public async Task DocumentsOverMaxCharsFailAsRecords()
    {
        var input = Write("in.jsonl", "{\"id\":\"short\",\"text\":\"Kurz.\"}\n{\"id\":\"long\",\"text\":\"" + new string('a', 500) + "\"}\n");
        Write("long.txt", new string('b', 500));
        var (exit, stdout, stderr) = await Run("analyze", input, Path.Combine(_dir, "long.txt"), "--max-chars", "100");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(Ids(stdout), Is.EqualTo(new[] { "short" }));
        Assert.That(stderr, Does.Contain("in.jsonl:2").And.Contain("--max-chars").And.Contain("long.txt"));
    }

    [Test]
    public async Task ParallelOutputKeepsInputOrder()
    {
        var lines = Enumerable.Range(0, 60).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"{string.Concat(Enumerable.Repeat("Ein Satz über 5 Euro. ", 1 + (i * 7 % 40)))}\"}}");
        var input = Write("in.jsonl", string.Join('\n', lines));
        var (exit, stdout, _) = await Run("analyze", input, "--parallel", "8");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(Ids(stdout), Is.EqualTo(Enumerable.Range(0, 60).Select(i => $"n{i}")));
    }

    [Test]
    public async Task AStopRequestLeavesCompleteValidOutput()
    {
        using var stop = new CancellationTokenSource();
        var lines = Enumerable.Range(0, 200).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"Text {i} über 5 Euro.\"}}");
        var stdin = new StopAfterLines(string.Join('\n', lines), 20, stop);
        var (exit, stdout, stderr) = await Run(stdin, stop.Token, "analyze", "-", "--input-format", "jsonl", "--format", "json", "--parallel", "4");
        Assert.That(exit, Is.EqualTo(130));
        using var doc = JsonDocument.Parse(stdout);
        var ids = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Has.Count.InRange(19, 21));
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, ids.Count).Select(i => $"n{i}")));
        Assert.That(stderr, Does.Contain("stopped after"));

        using var stop2 = new CancellationTokenSource();
        var folder = Path.Combine(_dir, "out");
        var csvRun = await Run(new StopAfterLines(string.Join('\n', lines), 20, stop2), stop2.Token, "analyze", "-", "--input-format", "jsonl", "--format", "csv", "--out", folder);
        Assert.That(csvRun.Exit, Is.EqualTo(130));
        Assert.That(CsvRows.Read(Path.Combine(folder, "documents.csv")), Has.Count.InRange(19, 21));
        Assert.That(CsvRows.Read(Path.Combine(folder, "amounts.csv")).Select(r => r["document_id"]).Distinct().Count(), Is.InRange(19, 21));
    }

    [TestCase(true, null, false, ExpectedResult = true)]
    [TestCase(true, "", false, ExpectedResult = true)]
    [TestCase(true, "true", false, ExpectedResult = false)]
    [TestCase(true, "1", false, ExpectedResult = false)]
    [TestCase(true, "false", false, ExpectedResult = true)]
    [TestCase(false, null, false, ExpectedResult = false)]
    [TestCase(true, null, true, ExpectedResult = false)]
    public bool ProgressOnlyForAPersonAtATerminal(bool isTerminal, string? ci, bool quiet) => Terminal.ShowsProgress(isTerminal, ci, quiet);

    [Test]
    public void ProgressIsOffForRedirectedWriters() => Assert.That(Terminal.ShowsProgress(new StringWriter(), quiet: false), Is.False);

    /// <summary>Standard input that asks the command to stop once it has handed out a number of lines (as Ctrl-C would).</summary>
    private sealed class StopAfterLines(string text, int lines, CancellationTokenSource stop) : StringReader(text)
    {
        private int _read;

        public override string? ReadLine()
        {
            if (++_read > lines)
            {
                stop.Cancel();
            }

            return base.ReadLine();
        }
    }
}
