using NewsAnalysis.Languages;
using NewsAnalysis.Sample.Evaluation;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Tests.Tokenization;

/// <summary>
/// CI gate on the UD test files in ../shared/data (never tuned on): token F1 must stay within a margin of the
/// measured figures, so that a regression cannot land. The exact figures are printed by <c>eval tokens</c>.
/// </summary>
public class UniversalDependenciesAccuracyTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create(new NewsAnalyzerOptions { TokenizationScheme = TokenizationScheme.UniversalDependencies });

    [TestCase("ud/de-gsd/GSD_de_gsd-ud-test.conllu", Language.German, 0.995, 0.78, false)]
    [TestCase("ud/en-ewt/EWT_en_ewt-ud-test.conllu", Language.English, 0.985, 0.65, false)]
    // EWT with its paragraph ends as blank lines (eval tokens --paragraphs), the raw text of Stanza's published figure.
    [TestCase("ud/en-ewt/EWT_en_ewt-ud-test.conllu", Language.English, 0.985, 0.83, true)]
    public void TokenAndSentenceF1StayAboveTheGate(string file, Language language, double minTokenF1, double minSentenceF1, bool paragraphs)
    {
        var path = Path.Combine(TestPaths.SharedData, file);
        Assume.That(File.Exists(path), Is.True, $"{path} is missing (../shared beside the repository)");
        var (tokens, sentences) = TokenEvaluation.Evaluate(Analyzer, ConlluCorpus.Load(path, paragraphs), language);
        TestContext.Out.WriteLine($"{file}: tokens {tokens}; sentences {sentences}");
        Assert.That(tokens.F1, Is.GreaterThanOrEqualTo(minTokenF1));
        Assert.That(sentences.F1, Is.GreaterThanOrEqualTo(minSentenceF1));
    }
}
