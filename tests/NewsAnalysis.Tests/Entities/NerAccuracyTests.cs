using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Entities;

/// <summary>CI gates on the shared dev files (never trained on), with a margin below the measured figures (README).</summary>
public class NerAccuracyTests
{
    private static NerScore Score(string relativePath, Language language, string[]? types)
    {
        var gold = NerCorpus.Load(Path.Combine(TestPaths.SharedData, relativePath));
        var recognizer = EntityRecognizer.ForLanguage(language);
        var evaluation = new NerEvaluation(types);
        foreach (var sentence in gold)
        {
            evaluation.Add(sentence.Tags, recognizer.Tag(sentence.Words));
        }

        TestContext.Out.WriteLine($"{relativePath}: {evaluation.Overall}");
        return evaluation.Overall;
    }

    [Test]
    public void GermEvalDevF1StaysAboveTheGate() =>
        Assert.That(Score("ner/de/germeval2014/NER-de-dev.tsv", Language.German, null).F1, Is.GreaterThanOrEqualTo(0.73));

    [Test]
    public void UniversalNerEnglishDevF1StaysAboveTheGate() =>
        Assert.That(Score("ner/en/uner-ewt/English-EWT_en_ewt-ud-dev.iob2", Language.English, ["PER", "ORG", "LOC"]).F1, Is.GreaterThanOrEqualTo(0.66));
}
