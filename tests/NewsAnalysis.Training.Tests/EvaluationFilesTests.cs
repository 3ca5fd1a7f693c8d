using NewsAnalysis.Tests;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Training.Tests;

/// <summary>
/// The rule that keeps evaluation text out of the entity models' inputs (<see cref="EvaluationFiles"/>), and the
/// inputs the gazetteer, cluster and NER commands actually read.
/// </summary>
public class EvaluationFilesTests
{
    private static readonly string Data = Path.Combine(Path.GetTempPath(), "data");

    private static string At(string relative) => Path.Combine(Data, relative);

    [TestCase("ud/de-gsd/GSD_de_gsd-ud-test.conllu")]
    [TestCase("ud/en-ewt/EWT_en_ewt-ud-test.conllu")]
    [TestCase("ud/en-ewt/EWT_en_ewt-ud-dev.conllu")]
    [TestCase("ner/en/uner-ewt/English-EWT_en_ewt-ud-dev.iob2")]
    [TestCase("ner/en/uner-ewt/English-EWT_en_ewt-ud-test.iob2")]
    [TestCase("ner/de/germeval2014/NER-de-dev.tsv")]
    [TestCase("ner/de/germeval2014/NER-de-test.tsv")]
    // Treebanks added later fall under the rule by their names, wherever they lie.
    [TestCase("ud/fr-gsd/fr_gsd-ud-test.conllu")]
    [TestCase("ud/xx/sentences-test.txt")]
    [TestCase("elsewhere/de_hdt-ud-test.conllu")]
    public void EvaluationTextIsRefused(string relative)
    {
        Assert.That(EvaluationFiles.IsEvaluation(At(relative)), Is.True);
        Assert.That(() => EvaluationFiles.RequireTrainingInput(At(relative)), Throws.TypeOf<UsageException>());
    }

    [TestCase("ud/de-gsd/GSD_de_gsd-ud-dev.conllu")]
    [TestCase("ud/de-hdt/de_hdt-ud-train.conllu")]
    [TestCase("ner/en/uner-ewt/English-EWT_en_ewt-ud-train.iob2")]
    [TestCase("ner/de/germeval2014/NER-de-train.tsv")]
    // Other corpora's test splits are training data: we never report on them.
    [TestCase("ner/en/btc/train_dev_test_conll/btc.test")]
    [TestCase("ner/en/wnut17/emerging.test.annotated")]
    [TestCase("ner/en/wikiann/test")]
    [TestCase("ner/de/extra/europarl-ixa-4lang/de-europarl.test.conll02")]
    [TestCase("ner/de/extra/mobie/ner_conll03_formatted/test.conll2003")]
    public void TrainingTextIsAccepted(string relative)
    {
        Assert.That(EvaluationFiles.IsEvaluation(At(relative)), Is.False);
        Assert.That(EvaluationFiles.RequireTrainingInput(At(relative)), Is.EqualTo(At(relative)));
    }

    [TestCase("de")]
    [TestCase("en")]
    public void TheReportedDevFilesAreEvaluationAndTheShippedSourcesAreNot(string language)
    {
        Assert.That(EvaluationFiles.IsEvaluation(At(NerCommand.DefaultDev(language))), Is.True);
        Assert.That(NerCommand.DefaultSources(language).Where(s => EvaluationFiles.IsEvaluation(At(s))), Is.Empty);
    }

    [Test]
    public void TreebankTextIsGermanGsdDevOnly()
    {
        Assert.That(UnlabelledText.TreebankFiles(Data, "de").Select(Path.GetFileName), Is.EqualTo(new[] { "GSD_de_gsd-ud-dev.conllu" }));
        Assert.That(UnlabelledText.TreebankFiles(Data, "en"), Is.Empty);
    }

    [TestCase("de")]
    [TestCase("en")]
    public void TheClusterTextReadsNoEvaluationFile(string language)
    {
        var files = UnlabelledText.Files(TestPaths.SharedData, language);
        Assert.That(files, Is.Not.Empty);
        Assert.That(files.Where(EvaluationFiles.IsEvaluation), Is.Empty);
        var treebank = files.Where(f => f.Contains($"{Path.DirectorySeparatorChar}ud{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Select(Path.GetFileName);
        Assert.That(treebank, Is.EqualTo(language == "de" ? new[] { "GSD_de_gsd-ud-dev.conllu" } : []));
    }
}
