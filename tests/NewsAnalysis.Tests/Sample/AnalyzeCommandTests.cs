using System.Text;
using System.Text.Json;
using NewsAnalysis.Sample;

namespace NewsAnalysis.Tests.Sample;

public class AnalyzeCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsanalysis-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(string stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        var stdoutText = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Program.RunAsync(args, new StringReader(stdin), stdout, stdoutText, stderr);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()) + stdoutText, stderr.ToString());
    }

    [Test]
    public async Task WritesOneJsonObjectPerDocumentInInputOrder()
    {
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "Zweiter Text. Mit zwei Sätzen.");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Erster Text über Paris, und er ist nicht lang.");
        var (exit, stdout, stderr) = await Run(string.Empty, "analyze", _dir, "--include", "tokens");
        Assert.That(exit, Is.EqualTo(0), stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2));
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Multiple(() =>
        {
            Assert.That(first.RootElement.GetProperty("id").GetString(), Is.EqualTo("a"));
            Assert.That(first.RootElement.GetProperty("language").GetString(), Is.EqualTo("de"));
            Assert.That(second.RootElement.GetProperty("sentences").GetArrayLength(), Is.EqualTo(2));
            var token = first.RootElement.GetProperty("tokens")[0];
            Assert.That(token.GetProperty("text").GetString(), Is.EqualTo("Erster"));
            Assert.That(token.GetProperty("start").GetInt32(), Is.EqualTo(0));
            Assert.That(token.GetProperty("end").GetInt32(), Is.EqualTo(6));
            Assert.That(token.GetProperty("kind").GetString(), Is.EqualTo("word"));
            Assert.That(first.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("text").GetString()), Does.Contain("Paris"));
            Assert.That(first.RootElement.TryGetProperty("amounts", out _), Is.True);
            Assert.That(first.RootElement.TryGetProperty("quotes", out _), Is.True);
        });
    }

    [Test]
    public async Task TokensAreWrittenOnlyOnRequest()
    {
        var (exit, stdout, _) = await Run("Ein Text.", "analyze", "-");
        Assert.That(exit, Is.EqualTo(0));
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.TryGetProperty("tokens", out _), Is.False);
        Assert.That(doc.RootElement.GetProperty("id").GetString(), Is.EqualTo("stdin"));
    }

    [Test]
    public async Task BadRecordsAreReportedAndTheOthersStillWritten()
    {
        var jsonl = Path.Combine(_dir, "batch.jsonl");
        File.WriteAllLines(jsonl,
        [
            "{\"id\": \"ok1\", \"text\": \"Der erste Artikel.\", \"language\": \"de\"}",
            "{\"id\": \"broken\", \"text\": ",
            "{\"id\": \"empty\", \"text\": \"   \"}",
            "[1, 2]",
            "{\"id\": \"ok2\", \"text\": \"The second article.\", \"title\": \"T\"}",
        ]);
        File.WriteAllBytes(Path.Combine(_dir, "latin1.txt"), [0x47, 0x72, 0xFC, 0xDF, 0x65, 0x20, 0xC3, 0x28]);
        File.WriteAllText(Path.Combine(_dir, "blank.txt"), "  \n");

        var (exit, stdout, stderr) = await Run(string.Empty, "analyze", jsonl, Path.Combine(_dir, "latin1.txt"), Path.Combine(_dir, "blank.txt"), Path.Combine(_dir, "missing.txt"));
        Assert.That(exit, Is.EqualTo(1));
        var ids = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.That(ids, Is.EqualTo(new[] { "ok1", "ok2" }));
        Assert.Multiple(() =>
        {
            Assert.That(stderr, Does.Contain("batch.jsonl:2").And.Contain("invalid JSON"));
            Assert.That(stderr, Does.Contain("batch.jsonl:3").And.Contain("empty"));
            Assert.That(stderr, Does.Contain("batch.jsonl:4").And.Contain("not a JSON object"));
            Assert.That(stderr, Does.Contain("latin1.txt").And.Contain("UTF-8"));
            Assert.That(stderr, Does.Contain("blank.txt").And.Contain("empty"));
            Assert.That(stderr, Does.Contain("missing.txt").And.Contain("no such file"));
        });
    }

    [Test]
    public async Task StandardInputAsJsonLines()
    {
        var (exit, stdout, _) = await Run("{\"id\":\"x\",\"text\":\"Hallo Welt. Wie geht's?\"}\n{\"id\":\"y\",\"text\":\"Hello world.\"}\n", "analyze", "-", "--input-format", "jsonl", "--format", "json");
        Assert.That(exit, Is.EqualTo(0));
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()), Is.EqualTo(new[] { "x", "y" }));
    }

    [Test]
    public async Task UsageErrorsExitWithTwo()
    {
        var (exit, _, stderr) = await Run(string.Empty, "analyze", "--format", "xml");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("xml"));
    }
}
