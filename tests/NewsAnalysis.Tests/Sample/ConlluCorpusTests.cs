using NewsAnalysis.Sample.Evaluation;

namespace NewsAnalysis.Tests.Sample;

public class ConlluCorpusTests
{
    [Test]
    public void BuildsRawTextWithMultiwordTokensAndDocuments()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, string.Join('\n',
                "# newdoc id = d1",
                "# text = Er ging zum Markt.",
                "1\tEr\ter\tPRON\t_\t_\t2\tnsubj\t_\t_",
                "2\tging\tgehen\tVERB\t_\t_\t0\troot\t_\t_",
                "3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_",
                "3\tzu\tzu\tADP\t_\t_\t5\tcase\t_\t_",
                "4\tdem\tder\tDET\t_\t_\t5\tdet\t_\t_",
                "5\tMarkt\tMarkt\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No",
                "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
                "",
                "# text = Gut.",
                "1\tGut\tgut\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No",
                "2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_",
                "",
                "# newdoc id = d2",
                "# text = Neu.",
                "1\tNeu\tneu\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No",
                "2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_",
                "",
                ""));
            var corpus = ConlluCorpus.Load(path);
            Assert.That(corpus.Documents, Has.Count.EqualTo(2));
            var d1 = corpus.Documents[0];
            Assert.That(d1.Text, Is.EqualTo("Er ging zum Markt. Gut."));
            Assert.That(d1.Tokens.Select(t => d1.Text[t.Start..t.End]), Is.EqualTo(new[] { "Er", "ging", "zum", "Markt", ".", "Gut", "." }));
            Assert.That(d1.Sentences.Select(s => d1.Text[s.Start..s.End]), Is.EqualTo(new[] { "Er ging zum Markt.", "Gut." }));
            Assert.That(corpus.Documents[1].Id, Is.EqualTo("d2"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void SetsParagraphsOffByABlankLineOnlyWhenAsked()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, string.Join('\n',
                "# newdoc id = d1",
                "# newpar id = p1",
                "# text = Hi there",
                "1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_",
                "2\tthere\tthere\tADV\t_\t_\t1\tadvmod\t_\t_",
                "",
                "# newpar id = p2",
                "# text = Thanks.",
                "1\tThanks\tthanks\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No",
                "2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_",
                "",
                "# text = Bye.",
                "1\tBye\tbye\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No",
                "2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_",
                "",
                ""));
            var joined = ConlluCorpus.Load(path).Documents.Single();
            var paragraphs = ConlluCorpus.Load(path, paragraphs: true).Documents.Single();
            Assert.Multiple(() =>
            {
                Assert.That(joined.Text, Is.EqualTo("Hi there Thanks. Bye."));
                Assert.That(paragraphs.Text, Is.EqualTo("Hi there\n\nThanks. Bye."));
                Assert.That(paragraphs.Sentences.Select(s => paragraphs.Text[s.Start..s.End]), Is.EqualTo(new[] { "Hi there", "Thanks.", "Bye." }));
                Assert.That(paragraphs.Tokens.Select(t => paragraphs.Text[t.Start..t.End]), Is.EqualTo(new[] { "Hi", "there", "Thanks", ".", "Bye", "." }));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ScoresExactSpans()
    {
        var score = SpanScore.Compare(new[] { (0, 2), (3, 5), (6, 8) }, new[] { (0, 2), (3, 6), (6, 8), (9, 10) });
        Assert.Multiple(() =>
        {
            Assert.That(score.Correct, Is.EqualTo(2));
            Assert.That(score.Precision, Is.EqualTo(0.5));
            Assert.That(score.Recall, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(score.F1, Is.EqualTo(4.0 / 7).Within(1e-12));
        });
    }
    [Test]
    public void PunctuationReferenceEndsSentencesOnlyWhereTheTextShowsAnEnd()
    {
        static ConlluDocument Doc(string id, params string[] sentences)
        {
            var text = string.Concat(sentences);
            var spans = new List<(int Start, int End)>();
            var at = 0;
            foreach (var s in sentences)
            {
                var trimmed = s.TrimEnd();
                spans.Add((at, at + trimmed.Length));
                at += s.Length;
            }

            return new ConlluDocument(id, text, [], spans);
        }

        var corpus = new ConlluCorpus
        {
            Documents =
            [
                Doc("d1", "Neu im Herbst ", "Er kam. ", "„Gut.“ ", "Ende"),
                Doc("d2", "Hi there\n\n", "Thanks."),
            ],
        };
        var (score, hidden) = PunctuationReference.Evaluate(corpus);
        Assert.Multiple(() =>
        {
            // d1: "Neu im Herbst Er kam." is one predicted sentence (its first end is hidden), "„Gut.“" and "Ende" match;
            // d2: the blank line shows the end of "Hi there".
            Assert.That(hidden, Is.EqualTo(1));
            Assert.That(score.Gold, Is.EqualTo(6));
            Assert.That(score.Predicted, Is.EqualTo(5));
            Assert.That(score.Correct, Is.EqualTo(4));
        });
    }
}
