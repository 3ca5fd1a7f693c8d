using NewsAnalysis.Entities;

namespace NewsAnalysis.Tests.Entities;

public class NerEvaluationTests
{
    [Test]
    public void SpansFollowConllevalChunkRules()
    {
        var spans = NerEvaluation.Spans(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"]);
        Assert.That(spans, Is.EqualTo(new[]
        {
            new NerSpan(0, 2, "PER"), new NerSpan(3, 5, "LOC"), new NerSpan(5, 6, "LOC"), new NerSpan(6, 7, "ORG"),
        }));
    }

    [Test]
    public void OnlyExactSpansWithTheRightTypeCount()
    {
        var evaluation = new NerEvaluation();
        evaluation.Add(["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"], ["B-PER", "O", "O", "B-LOC", "O", "B-LOC"]);
        var byType = evaluation.ByType.ToDictionary(p => p.Key, p => p.Value);
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Overall, Is.EqualTo(new NerScore(3, 3, 1)));
            Assert.That(byType["LOC"], Is.EqualTo(new NerScore(1, 2, 1)));
            Assert.That(byType["PER"], Is.EqualTo(new NerScore(1, 1, 0)));
            Assert.That(byType["ORG"], Is.EqualTo(new NerScore(1, 0, 0)));
            Assert.That(evaluation.Overall.Precision, Is.EqualTo(1 / 3.0).Within(1e-12));
        });
    }

    [Test]
    public void MistakesAreSortedByKind()
    {
        var evaluation = new NerEvaluation();
        // PER right; ORG found as LOC (type); "New York City" found as "New York" (boundary); MISC missed;
        // "Mensch" predicted where there is no name (spurious).
        evaluation.Add(
            ["B-PER", "O", "B-ORG", "O", "B-LOC", "I-LOC", "I-LOC", "O", "B-MISC", "O", "O"],
            ["B-PER", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O", "O", "O", "O", "B-PER"]);
        var byType = evaluation.ErrorsByType.ToDictionary(p => p.Key, p => p.Value);
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Errors, Is.EqualTo(new NerErrors(Missed: 1, WrongType: 1, WrongBoundary: 1, Spurious: 1)));
            Assert.That(byType["ORG"], Is.EqualTo(new NerErrors(0, 1, 0, 0)));
            Assert.That(byType["LOC"], Is.EqualTo(new NerErrors(0, 0, 1, 0)));
            Assert.That(byType["MISC"], Is.EqualTo(new NerErrors(1, 0, 0, 0)));
            Assert.That(byType["PER"], Is.EqualTo(new NerErrors(0, 0, 0, 1)));
        });
    }

    [Test]
    public void TypeFilterIgnoresOtherTypes()
    {
        var evaluation = new NerEvaluation(["PER"]);
        evaluation.Add(["B-PER", "B-MISC"], ["B-PER", "O"]);
        Assert.That(evaluation.Overall, Is.EqualTo(new NerScore(1, 1, 1)));
    }

    [Test]
    public void MismatchedLengthsAreRejected() =>
        Assert.Throws<ArgumentException>(() => new NerEvaluation().Add(["O"], ["O", "O"]));
}
