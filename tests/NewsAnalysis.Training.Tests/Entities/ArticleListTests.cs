using NewsAnalysis.Sample.Evaluation;
using NewsAnalysis.Languages;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Training.Tests.Entities;

/// <summary>The corpus articles kept out of tagger training (see <see cref="ArticleList"/>).</summary>
public class ArticleListTests
{
    private string _root = "";

    [SetUp]
    public void CreateCorpus()
    {
        _root = Path.Combine(Path.GetTempPath(), "held-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "en"));
        Write("en/01-old", "Nordwerk GmbH opens a plant in Leipzig.", """{"entities":[{"start":0,"end":13,"text":"Nordwerk GmbH","type":"ORG"}]}""");
        Write("en/02-new", "Anna Weber joins Halvora.", """{"entities":[{"start":0,"end":10,"text":"Anna Weber","type":"PER"}]}""");
    }

    [TearDown]
    public void DeleteCorpus() => Directory.Delete(_root, recursive: true);

    private void Write(string stem, string text, string json)
    {
        File.WriteAllText(Path.Combine(_root, stem + ".txt"), text);
        File.WriteAllText(Path.Combine(_root, stem + ".json"), json);
    }

    [Test]
    public void AListedArticleIsNotReadAndTheOthersAre()
    {
        var list = Path.Combine(_root, "held-out.list");
        File.WriteAllText(list, "# the newest round\nen/02-new   # Anna Weber\n\n");
        var heldOut = ArticleList.Load(list);

        var result = new NewsCorpusReader().ReadFolder(Path.Combine(_root, "en"), Language.English, heldOut);

        Assert.That(heldOut.Count, Is.EqualTo(1));
        Assert.That(result.Articles, Is.EqualTo(1));
        var words = result.Sentences.SelectMany(s => s.Words).ToList();
        Assert.That(words, Does.Contain("Nordwerk"));
        Assert.That(words, Does.Not.Contain("Weber"));
    }

    [Test]
    public void WithoutAListEveryArticleIsRead()
    {
        var result = new NewsCorpusReader().ReadFolder(Path.Combine(_root, "en"), Language.English);
        Assert.That(result.Articles, Is.EqualTo(2));
        Assert.That(result.Sentences.SelectMany(s => s.Words), Does.Contain("Weber"));
    }

    [Test]
    public void AListedArticleThatDoesNotExistIsAnErrorNamingTheLine()
    {
        var list = Path.Combine(_root, "held-out.list");
        File.WriteAllText(list, "en/02-new\nen/03-misspelt\n");
        var error = Assert.Throws<InvalidDataException>(() => ArticleList.Load(list));
        Assert.That(error!.Message, Does.Contain(":2:").And.Contain("en/03-misspelt"));
    }
}
