using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Languages;

/// <summary>
/// Language detection on the sentences of the Universal Dependencies files in ../shared/data/ud, measured as
/// <c>eval language</c> measures it (sentences of at least 40 characters). The product bar is 0.99 per file;
/// the test asks for 0.98 so that a retrained model with a slightly different calibration does not break CI.
/// The UD files are never training data (see NewsAnalysis.Training), so this is a held-out measurement.
/// </summary>
public class LanguageDetectorUdTests
{
    private const double MinimumAccuracy = 0.98;
    private const int MinimumLength = 40;

    [TestCase("de-gsd", Language.German)]
    [TestCase("en-ewt", Language.English)]
    public void AccuracyOnEveryUdFile(string treebank, Language expected)
    {
        var folder = Path.Combine(TestPaths.SharedData, "ud", treebank);
        Assert.That(Directory.Exists(folder), Is.True, $"{folder} is missing; the tests need ../shared/data beside the repository");
        var files = Directory.GetFiles(folder, "*.conllu").Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Is.Not.Empty, folder);

        var detector = new LanguageDetector();
        Assert.Multiple(() =>
        {
            foreach (var file in files)
            {
                var sentences = File.ReadLines(file)
                    .Where(l => l.StartsWith("# text =", StringComparison.Ordinal))
                    .Select(l => l["# text =".Length..].Trim())
                    .Where(s => s.Length >= MinimumLength)
                    .ToList();
                var wrong = sentences.Where(s => detector.Detect(s) != expected).ToList();
                var accuracy = 1 - ((double)wrong.Count / sentences.Count);
                TestContext.Out.WriteLine($"{Path.GetFileName(file)}: {accuracy:0.0000} ({sentences.Count - wrong.Count}/{sentences.Count})");
                Assert.That(sentences, Has.Count.GreaterThan(100), file);
                Assert.That(accuracy, Is.GreaterThanOrEqualTo(MinimumAccuracy), $"{Path.GetFileName(file)}; missed e.g.: {string.Join(" | ", wrong.Take(10))}");
            }
        });
    }
}
