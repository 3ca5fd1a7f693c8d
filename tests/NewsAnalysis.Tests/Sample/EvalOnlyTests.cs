using NewsAnalysis.Sample;

namespace NewsAnalysis.Tests.Sample;

/// <summary><c>eval corpus --only LIST</c>: scoring only the articles a list names (the held-out blind round).</summary>
public class EvalOnlyTests
{
    private string _folder = "";

    [SetUp]
    public void CreateCorpus()
    {
        // Two articles: the first has an amount the pipeline finds, the second a gold amount its text lacks.
        _folder = Path.Combine(Path.GetTempPath(), "newsanalysis-only-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_folder, "de"));
        File.WriteAllText(Path.Combine(_folder, "de", "01-found.txt"), "Die Firma hat 200 Mitarbeiter.");
        File.WriteAllText(Path.Combine(_folder, "de", "01-found.json"),
            "{\"id\":\"de-01\",\"language\":\"de\",\"amounts\":[{\"start\":14,\"end\":29,\"text\":\"200 Mitarbeiter\",\"kind\":\"quantity\",\"value\":200,\"currency\":null}]}");
        File.WriteAllText(Path.Combine(_folder, "de", "02-missed.txt"), "Der Preis stieg.");
        File.WriteAllText(Path.Combine(_folder, "de", "02-missed.json"),
            "{\"id\":\"de-02\",\"language\":\"de\",\"amounts\":[{\"start\":4,\"end\":9,\"text\":\"Preis\",\"kind\":\"money\",\"value\":5,\"currency\":\"EUR\"}]}");
    }

    [TearDown]
    public void DeleteCorpus() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Output, string Errors)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Program.RunAsync(args, new StringReader(string.Empty), new MemoryStream(), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public async Task OnlyTheListedArticlesAreScored()
    {
        var list = Path.Combine(_folder, "held-out.list");
        File.WriteAllText(list, "# the blind round\nde/01-found\n");

        var (all, allOutput, _) = await Run("eval", "corpus", _folder, "--min", "amounts=0.9");
        var (listed, listedOutput, _) = await Run("eval", "corpus", _folder, "--only", list, "--min", "amounts=0.9");

        Assert.Multiple(() =>
        {
            Assert.That(all, Is.EqualTo(3), allOutput);
            Assert.That(allOutput, Does.Contain("2 articles"));
            Assert.That(listed, Is.EqualTo(0), listedOutput);
            Assert.That(listedOutput, Does.Contain("1 articles"));
            Assert.That(listedOutput, Does.Match(@"amounts\s+all\s+P 1\.0000\s+R 1\.0000"));
        });
    }

    [Test]
    public async Task AListNamingAMissingArticleOrOneOutsideTheFolderIsAUsageError()
    {
        var missing = Path.Combine(_folder, "missing.list");
        File.WriteAllText(missing, "de/03-nowhere\n");
        var (exit, _, errors) = await Run("eval", "corpus", _folder, "--only", missing);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(errors, Does.Contain("de/03-nowhere"));

        var outside = Path.Combine(_folder, "outside.list");
        File.WriteAllText(outside, "de/01-found\n");
        var (outsideExit, _, outsideErrors) = await Run("eval", "corpus", Path.Combine(_folder, "en-empty"), "--only", outside);
        Assert.That(outsideExit, Is.EqualTo(2), "a folder that does not exist");
        Directory.CreateDirectory(Path.Combine(_folder, "en"));
        (outsideExit, _, outsideErrors) = await Run("eval", "corpus", Path.Combine(_folder, "en"), "--only", outside);
        Assert.That(outsideExit, Is.EqualTo(2));
        Assert.That(outsideErrors, Does.Contain("1 articles, 0 of them"));
    }
}
