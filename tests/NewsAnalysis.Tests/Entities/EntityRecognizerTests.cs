using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    private const string German = "Bundeskanzler Olaf Scholz traf am Montag in Berlin den Chef der Deutschen Bank, Christian Sewing. "
        + "Das Start-up Mistral AI aus Paris sammelte Geld ein, sagte Arthur Mensch der Frankfurter Allgemeinen Zeitung.";

    private const string English = "Prime Minister Keir Starmer met Microsoft chief Satya Nadella in London on Monday. "
        + "OpenAI and Anthropic are based in San Francisco, the New York Times reported.";

    [TestCase(German, "de")]
    [TestCase(English, "en")]
    public void MentionsAreValidSpansOfTheText(string text, string code)
    {
        LanguageCodes.TryParse(code, out var language);
        var analysis = Analyzer.Analyze(text, language: language);
        Assert.That(analysis.Entities, Is.Not.Empty);
        foreach (var e in analysis.Entities)
        {
            Assert.That(text[e.Start..e.End], Is.EqualTo(e.Text));
            Assert.That(e.Text, Is.EqualTo(e.Text.Trim()));
            Assert.That(analysis.Tokens.Any(t => t.Start == e.Start), Is.True, "a mention starts at a token");
            Assert.That(analysis.Tokens.Any(t => t.End == e.End), Is.True, "a mention ends at a token");
        }

        var ordered = analysis.Entities.Zip(analysis.Entities.Skip(1));
        Assert.That(ordered.All(p => p.First.End <= p.Second.Start), Is.True, "mentions do not overlap");
    }

    [Test]
    public void FindsObviousNames()
    {
        var analysis = Analyzer.Analyze(German, language: Language.German);
        var names = analysis.Entities.Select(e => (e.Text, e.Type)).ToList();
        Assert.That(names, Does.Contain(("Olaf Scholz", EntityType.Person)));
        Assert.That(names, Does.Contain(("Berlin", EntityType.Location)));
    }

    [Test]
    public void TagsAreValidIob2OnRandomInput()
    {
        var random = new Random(7);
        var vocabulary = new[] { "Die", "Bank", "Berlin", "sagte", "Müller", "AG", ".", ",", "„", "und", "New", "York", "Inc.", "der", "GmbH", "Peter", "x", "123" };
        foreach (var language in new[] { Language.German, Language.English })
        {
            var recognizer = EntityRecognizer.ForLanguage(language);
            for (var round = 0; round < 200; round++)
            {
                var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
                var tags = recognizer.Tag(words);
                Assert.That(tags, Has.Count.EqualTo(words.Length));
                for (var i = 0; i < tags.Count; i++)
                {
                    if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                    {
                        Assert.That(i, Is.GreaterThan(0));
                        Assert.That(tags[i - 1][2..], Is.EqualTo(tags[i][2..]), string.Join(' ', tags));
                    }
                }
            }
        }
    }

    [Test]
    public void RunOnSentencesAreTaggedInWindows()
    {
        // 30,000 tokens without a sentence end: tagged in windows, every name still a span of the text.
        var text = string.Concat(Enumerable.Repeat("Peter Müller traf Anna Schmidt in Berlin und ", 3750));
        var analysis = Analyzer.Analyze(text, language: Language.German);
        Assert.That(analysis.Entities.Count, Is.GreaterThan(1000));
        Assert.That(analysis.Entities.All(e => text[e.Start..e.End] == e.Text), Is.True);
    }

    [Test]
    public void OutputIsTheSameOnEveryThread()
    {
        var expected = Analyzer.Analyze(German, language: Language.German).Entities;
        var results = new System.Collections.Concurrent.ConcurrentBag<bool>();
        Parallel.For(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var text = i % 2 == 0 ? German : English;
            var language = i % 2 == 0 ? Language.German : Language.English;
            var entities = Analyzer.Analyze(text, language: language).Entities;
            if (i % 2 == 0)
            {
                results.Add(entities.SequenceEqual(expected));
            }
        });
        Assert.That(results, Is.All.True);
    }

    [Test]
    public void JunkAndEmptyInputGiveNoCrash()
    {
        Assert.That(EntityRecognizer.ForLanguage(Language.German).Tag([]), Is.Empty);
        var junk = new string('„', 5000) + string.Concat(Enumerable.Repeat("\u0001 ", 1000)) + "Berlin";
        Assert.DoesNotThrow(() => Analyzer.Analyze(junk, language: Language.German));
    }
}
