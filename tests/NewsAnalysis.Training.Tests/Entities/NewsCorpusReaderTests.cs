using NewsAnalysis.Languages;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Training.Tests.Entities;

/// <summary>Our gold-annotated articles read as NER training sentences (see <see cref="NewsCorpusReader"/>).</summary>
public class NewsCorpusReaderTests
{
    // A synthetic article: a headline, then a paragraph of two sentences.
    private const string Text = "Nordwerk GmbH opens plant\n\nAnna Weber said the plant in Leipzig opens in May. Nordwerk's shares rose.";

    private static NewsCorpusReader.GoldSpan Span(string text, string type, int from = 0)
    {
        var start = Text.IndexOf(text, from, StringComparison.Ordinal);
        return new NewsCorpusReader.GoldSpan(start, start + text.Length, type);
    }

    [Test]
    public void GoldSpansBecomeBioTagsOverTheLibrarysTokensAndSentences()
    {
        var result = new NewsCorpusReader().Read(Text, [Span("Nordwerk GmbH", "ORG"), Span("Anna Weber", "PER"), Span("Leipzig", "LOC")], Language.English, "t");
        Assert.That(result.Skipped, Is.Empty);
        Assert.That(result.Sentences, Has.Count.EqualTo(3));
        Assert.That(result.Sentences[0].Words, Is.EqualTo(new[] { "Nordwerk", "GmbH", "opens", "plant" }));
        Assert.That(result.Sentences[0].Tags, Is.EqualTo(new[] { "B-ORG", "I-ORG", "O", "O" }));
        Assert.That(result.Sentences[0].StartsDocument, Is.True);
        Assert.That(result.Sentences[1].Tags.Take(2), Is.EqualTo(new[] { "B-PER", "I-PER" }));
        Assert.That(result.Sentences[1].Tags[result.Sentences[1].Words.ToList().IndexOf("Leipzig")], Is.EqualTo("B-LOC"));
        Assert.That(result.Sentences[1].StartsDocument, Is.False);
        Assert.That(result.Sentences[2].Tags, Is.All.EqualTo("O"), "an unannotated sentence is all O");
    }

    [Test]
    public void ASpanInsideATokenIsReportedAndItsSentenceLeftOut()
    {
        // "Leip" ends inside the token "Leipzig".
        var result = new NewsCorpusReader().Read(Text, [Span("Nordwerk GmbH", "ORG"), Span("Leip", "LOC")], Language.English, "t");
        Assert.That(result.Skipped, Has.Count.EqualTo(1));
        Assert.That(result.Skipped[0], Does.Contain("Leip"));
        Assert.That(result.Sentences, Has.Count.EqualTo(2));
        Assert.That(result.Sentences.SelectMany(s => s.Words), Does.Not.Contain("Leipzig"));
        Assert.That(result.Sentences[0].Tags[0], Is.EqualTo("B-ORG"));
    }

    [Test]
    public void ASpanAcrossSentencesIsLeftOut()
    {
        var start = Text.IndexOf("May", StringComparison.Ordinal);
        var end = Text.IndexOf("Nordwerk's", StringComparison.Ordinal) + "Nordwerk".Length;
        var result = new NewsCorpusReader().Read(Text, [new NewsCorpusReader.GoldSpan(start, end, "MISC")], Language.English, "t");
        Assert.That(result.Skipped, Has.Count.EqualTo(1));
        Assert.That(result.Sentences, Has.Count.EqualTo(1), "both sentences it touches are left out");
    }
}
