using NewsAnalysis.Lexicons;

namespace NewsAnalysis.Tests.Pipeline;

/// <summary>Everything the library needs at run time ships inside the assembly.</summary>
public class EmbeddedResourceTests
{
    [Test]
    public void EveryResourceFileIsEmbeddedUnderItsPath()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "NewsAnalysis", "Resources");
        var expected = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => "NewsAnalysis.Resources." + Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(EmbeddedResources.Names().Order(StringComparer.Ordinal), Is.EqualTo(expected));
    }

    [Test]
    public void MissingResourceGivesAClearError()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => EmbeddedResources.Open("Nope/missing.txt"));
        Assert.That(ex!.Message, Does.Contain("missing"));
    }
}
