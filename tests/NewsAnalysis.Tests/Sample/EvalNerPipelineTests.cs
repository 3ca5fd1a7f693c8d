using NewsAnalysis.Sample;

namespace NewsAnalysis.Tests.Sample;

/// <summary><c>eval ner --pipeline</c>: the whole analyzer on documents rebuilt from a Universal NER file.</summary>
public class EvalNerPipelineTests
{
    private static async Task<(int Exit, string Output)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Program.RunAsync(args, new StringReader(string.Empty), new MemoryStream(), stdout, stderr);
        return (exit, stdout.ToString() + stderr);
    }

    private static string Sentence(string id, params (string Word, string Tag)[] words) =>
        $"# sent_id = {id}\n" + string.Concat(words.Select((w, i) => $"{i + 1}\t{w.Word}\t{w.Tag}\t-\t-\n")) + "\n";

    private static string Words(string id, string sentence, params (int Index, string Tag)[] tags) =>
        Sentence(id, [.. sentence.Split(' ').Select((w, i) => (w, tags.FirstOrDefault(t => t.Index == i).Tag ?? "O"))]);

    [Test]
    public async Task NamesAreScoredOnTheWordsOfEachDocumentAndTheDocumentPassSeesEarlierSentencesOfItsDocumentOnly()
    {
        // "Bishop" alone is a common noun to the tagger; the person named in full one sentence earlier makes it a name.
        var first = Words("a-1", "Oliver Bishop runs the club in Leeds .", (0, "B-PER"), (1, "I-PER"), (6, "B-LOC"));
        var second = Words("a-2", "Bishop , a former goalkeeper , wants a new stadium .", (0, "B-PER"));
        var other = Words("b-1", "Angela Merkel visited Paris in May .", (0, "B-PER"), (1, "I-PER"), (3, "B-LOC"));
        var together = Path.Combine(Path.GetTempPath(), "newsanalysis-ner-" + Guid.NewGuid().ToString("N") + ".iob2");
        var apart = Path.Combine(Path.GetTempPath(), "newsanalysis-ner-" + Guid.NewGuid().ToString("N") + ".iob2");
        File.WriteAllText(together, "# newdoc id = a\n" + first + second + "# newdoc id = b\n" + other);
        File.WriteAllText(apart, "# newdoc id = a\n" + first + "# newdoc id = c\n" + second + "# newdoc id = b\n" + other);
        try
        {
            var (exit, output) = await Run("eval", "ner", together, "--language", "en", "--pipeline");
            var (_, separate) = await Run("eval", "ner", apart, "--language", "en", "--pipeline");
            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("3 sentences"));
            Assert.That(output, Does.Match(@"all\s+P 1\.0000\s+R 1\.0000\s+F1 1\.0000"), output);
            Assert.That(separate, Does.Match(@"all\s+P 1\.0000\s+R 0\.8000"), separate);
        }
        finally
        {
            File.Delete(together);
            File.Delete(apart);
        }
    }
}
