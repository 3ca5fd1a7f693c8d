using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>The embedded word clusters: classes in range, related words together, unknown words -1.</summary>
public class WordClustersTests
{
    [Test]
    public void GermanCitiesShareAFineClass()
    {
        var clusters = WordClusters.ForLanguage(Language.German);
        var berlin = clusters.Fine("Berlin");
        Assert.That(berlin, Is.GreaterThanOrEqualTo(0));
        var same = new[] { "München", "Hamburg", "Köln", "Frankfurt", "Stuttgart" }.Count(c => clusters.Fine(c) == berlin);
        Assert.That(same, Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void EnglishWeekdaysShareACoarseClass()
    {
        var clusters = WordClusters.ForLanguage(Language.English);
        var monday = clusters.Coarse("Monday");
        Assert.That(new[] { "Tuesday", "Thursday", "Friday" }.Count(d => clusters.Coarse(d) == monday), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void ClassesAreInRangeAndCoarseIsAFunctionOfFine()
    {
        foreach (var language in new[] { Language.German, Language.English })
        {
            var clusters = WordClusters.ForLanguage(language);
            Assert.That(clusters.Count, Is.GreaterThan(10_000));
            var parentOf = new Dictionary<int, int>();
            foreach (var word in new[] { "der", "the", "und", "and", "Berlin", "London", "sagte", "said", "Euro", "Prozent", "percent", ",", "." })
            {
                var (fine, coarse) = clusters.Classes(word);
                if (fine < 0)
                {
                    continue;
                }

                Assert.That(fine, Is.InRange(0, 511));
                Assert.That(coarse, Is.InRange(0, 63));
                Assert.That(parentOf.TryAdd(fine, coarse) || parentOf[fine] == coarse, Is.True, word);
            }
        }
    }

    [Test]
    public void UnknownWordsAreMinusOneAndCapitalsFallBackToLowerCase()
    {
        var clusters = WordClusters.ForLanguage(Language.English);
        Assert.That(clusters.Fine("Zzqxvbnm"), Is.EqualTo(-1));
        Assert.That(clusters.Coarse(""), Is.EqualTo(-1));
        Assert.That(clusters.Fine(new string('x', 100_000)), Is.EqualTo(-1));
        Assert.That(clusters.Fine("hOWEVER"), Is.EqualTo(clusters.Fine("however")).And.GreaterThanOrEqualTo(0));
    }

    [Test]
    public void LookupsAllocateNothing()
    {
        var clusters = WordClusters.ForLanguage(Language.German);
        clusters.Fine("Berlin");
        clusters.Fine("UND");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var i = 0; i < 1000; i++)
        {
            sum += clusters.Fine("Berlin") + clusters.Coarse("UND") + clusters.Fine("Unbekanntwort");
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(sum, Is.Not.Zero);
    }
}
