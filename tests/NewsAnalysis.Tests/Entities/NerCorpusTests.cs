using NewsAnalysis.Entities;

namespace NewsAnalysis.Tests.Entities;

public class NerCorpusTests
{
    private static IReadOnlyList<NerSentence> Read(string text) => NerCorpus.Read(new StringReader(text));

    [Test]
    public void GermEvalUsesTheOuterColumnWithOthAsMiscAndDerivAsOutside()
    {
        var sentences = Read("""
            # http://de.wikipedia.org/wiki/X [2009-10-17]
            1	Die	O	O
            2	deutsche	B-LOCderiv	O
            3	Bank	B-ORG	B-LOCderiv
            4	AG	I-ORG	O
            5	zeigt	O	O
            6	Tatort	B-OTH	O
            7	in	O	O
            8	Berlin-Mitte	B-LOCpart	O

            1	Merkel	B-PER	O
            """);
        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0].Words, Is.EqualTo(new[] { "Die", "deutsche", "Bank", "AG", "zeigt", "Tatort", "in", "Berlin-Mitte" }));
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "O", "O", "B-ORG", "I-ORG", "O", "B-MISC", "O", "O" }));
        Assert.That(sentences[1].Tags, Is.EqualTo(new[] { "B-PER" }));
    }

    [Test]
    public void ConllTakesTheLastColumnConvertsIob1AndSkipsDocStart()
    {
        var sentences = Read("""
            -DOCSTART- -X- O O

            EU NNP I-ORG
            rejects VBZ O
            German JJ I-MISC
            call NN O
            Peter NNP I-PER
            Blackburn NNP I-PER
            Smith NNP B-PER
            """);
        Assert.That(sentences, Has.Count.EqualTo(1));
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "B-ORG", "O", "B-MISC", "O", "B-PER", "I-PER", "B-PER" }));
        Assert.That(sentences[0].StartsDocument, Is.True, "the sentence after -DOCSTART- opens a document");
    }

    [Test]
    public void NewdocLinesMarkTheNextSentenceAndOnlyIt()
    {
        var sentences = Read("""
            # newdoc id = a
            # sent_id = a-1
            1	Hi	O

            # sent_id = a-2
            1	Bye	O

            # newdoc id = b

            # sent_id = b-1
            1	Again	O
            """);
        Assert.That(sentences.Select(s => s.StartsDocument), Is.EqualTo(new[] { true, false, true }));
    }

    [Test]
    public void FilesWithoutDocumentMarkersStartNoDocument()
    {
        var sentences = Read("""
            # http://de.wikipedia.org/wiki/X [2009-10-17]
            1	Berlin	B-LOC

            # http://de.wikipedia.org/wiki/Y [2009-10-17]
            1	Bonn	B-LOC
            """);
        Assert.That(sentences.Select(s => s.StartsDocument), Is.EqualTo(new[] { false, false }));
    }

    [Test]
    public void UniversalNerSkipsCommentLinesAndReadsTheThirdColumn()
    {
        var sentences = Read("""
            # sent_id = a-1
            # text = in tampa bay
            1	in	O	-	-
            2	tampa	B-LOC	-	x
            3	bay	I-LOC	-	x
            """);
        Assert.That(sentences[0].Words, Is.EqualTo(new[] { "in", "tampa", "bay" }));
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "O", "B-LOC", "I-LOC" }));
    }

    [Test]
    public void TypeNamesOfOtherCorporaMapToOurs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NerCorpus.MapTag("B-person"), Is.EqualTo("B-PER"));
            Assert.That(NerCorpus.MapTag("I-corporation"), Is.EqualTo("I-ORG"));
            Assert.That(NerCorpus.MapTag("B-creative-work"), Is.EqualTo("B-MISC"));
            Assert.That(NerCorpus.MapTag("B-Organisation"), Is.EqualTo("B-ORG"));
            Assert.That(NerCorpus.MapTag("B-location-city"), Is.EqualTo("B-LOC"));
            Assert.That(NerCorpus.MapTag("B-Temporal"), Is.EqualTo("O"));
            Assert.That(NerCorpus.MapTag("S-LOC"), Is.EqualTo("B-LOC"));
            Assert.That(NerCorpus.MapTag("O"), Is.EqualTo("O"));
        });
    }

    [Test]
    public void HashTokensInConllAreWordsAndWikiannPrefixesAreRemoved()
    {
        var sentences = Read("# file: x\tmore\n#\tO\nde:Berlin\tB-LOC\n");
        Assert.That(sentences[0].Words, Is.EqualTo(new[] { "#", "Berlin" }));
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "O", "B-LOC" }));
    }

    [Test]
    public void SharedGermEvalDevReadsCompletely()
    {
        var path = Path.Combine(TestPaths.SharedData, "ner", "de", "germeval2014", "NER-de-dev.tsv");
        var sentences = NerCorpus.Load(path);
        Assert.That(sentences, Has.Count.EqualTo(2200));
        Assert.That(sentences.Sum(s => NerEvaluation.Spans(s.Tags).Count), Is.EqualTo(2239));
    }
}
