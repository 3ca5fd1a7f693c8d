using NewsAnalysis.Languages;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Tests.Sentences;

/// <summary>
/// The boundary model's reach: what it may veto and add, checked with models that always say yes or always say
/// no, so the guarantees hold whatever the shipped weights are; and the shipped models' file format.
/// </summary>
public class BoundaryModelTests
{
    private static readonly Tokenizer Tokenizer = new();

    private static string[] Split(string text, float bias, Language language = Language.German)
    {
        var model = new BoundaryModel(8, new float[256], bias, threshold: 0);
        var splitter = new SentenceSplitter(Tokenizer, _ => model);
        var tokens = Tokenizer.Tokenize(text, language);
        return splitter.Split(text, tokens, language).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Test]
    public void AVetoRemovesAWeakRuleBoundaryWithinALine()
    {
        Assert.That(Split("And I have to wonder: Did he forget it?", bias: -100, Language.English), Is.EqualTo(new[] { "And I have to wonder: Did he forget it?" }));
        Assert.That(Split("It is as popular as Yahoo! and AOL.", bias: -100, Language.English), Is.EqualTo(new[] { "It is as popular as Yahoo! and AOL." }));
    }

    [TestCase("Eins ist gut. Zwei ist besser.", new[] { "Eins ist gut.", "Zwei ist besser." })]
    [TestCase("„Wir wachsen.“ Dann ging er.", new[] { "„Wir wachsen.“", "Dann ging er." })]
    [TestCase("Das war 2023. Die Zahlen stiegen.", new[] { "Das war 2023.", "Die Zahlen stiegen." })]
    [TestCase("Wirklich? „Ja“, sagte er.", new[] { "Wirklich?", "„Ja“, sagte er." })]
    public void AFinalMarkBeforeACapitalCannotBeVetoed(string text, string[] expected) =>
        Assert.That(Split(text, bias: -100), Is.EqualTo(expected));

    [Test]
    public void BoundariesAtLineBreaksCannotBeVetoed() =>
        Assert.That(
            Split("Überschrift ohne Punkt\nDer Text beginnt.\n\nZweiter Absatz.", bias: -100),
            Is.EqualTo(new[] { "Überschrift ohne Punkt", "Der Text beginnt.", "Zweiter Absatz." }));

    [Test]
    public void TheModelAddsABoundaryBeforeACapitalAfterAWord() =>
        Assert.That(Split("der service war gut Wir kommen wieder", bias: 100), Is.EqualTo(new[] { "der service war gut", "Wir kommen wieder" }));

    [TestCase("Er sagte: „Wir wachsen.“")]
    [TestCase("Der Neubau bleibt schwach: Die Zahl sank")]
    [TestCase("Paris – Das Unternehmen wächst")]
    [TestCase("Das Blatt (Die Zeit) schreibt")]
    [TestCase("Er las „Die Zeit“ gern")]
    [TestCase("Sie kaufte Äpfel, Birnen, Kirschen")]
    [TestCase("Er zögerte und ging dann nach hause")]
    public void TheModelNeverAddsABoundaryAfterAClauseMarkOrBeforeLowerCase(string text)
    {
        // A model that wants a boundary everywhere still may not split after a comma, colon, dash, bracket or
        // quotation mark, nor before a lower-case word or a closing mark.
        foreach (var sentence in Split(text, bias: 100))
        {
            var last = sentence.TrimEnd()[^1];
            var first = sentence[0];
            Assert.That(",:;–(„".Contains(last), Is.False, sentence);
            Assert.That(char.IsLower(first), Is.False, sentence);
        }
    }

    [TestCase("sie nannte es „jung kauft Alt“ und ging", Language.German)]
    [TestCase("she called it “buy now Pay later” and left", Language.English)]
    public void TheModelAddsNoBoundaryInsideAnOpenQuotation(string text, Language language) =>
        Assert.That(Split(text, bias: 100, language), Is.EqualTo(new[] { text }));

    [Test]
    public void AFileRoundTripKeepsTheWeights()
    {
        var weights = new float[256];
        weights[3] = 1.5f;
        weights[200] = -0.25f;
        var model = new BoundaryModel(8, weights, bias: 0.5f, threshold: -1);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var read = BoundaryModel.Read(stream);
        Assert.That(read.CopyWeights(), Is.EqualTo(weights));
        Assert.That((read.Bias, read.Threshold, read.Bits), Is.EqualTo((0.5f, -1f, 8)));
    }

    [Test]
    public void IsBoundaryAgreesWithTheScoreEvenAtTheThreshold()
    {
        var random = new Random(7);
        var weights = new float[1 << 10];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = (float)((random.NextDouble() - 0.5) * 6);
        }

        var features = new int[BoundaryFeatures.MaxFeatures];
        for (var round = 0; round < 2000; round++)
        {
            var count = 1 + random.Next(features.Length);
            for (var k = 0; k < count; k++)
            {
                features[k] = random.Next(weights.Length);
            }

            var used = features.AsSpan(0, count);
            var score = new BoundaryModel(10, weights, bias: -1.5f, threshold: 0).Score(used);
            // Thresholds far off, and at the score itself and one float step either side, where the order in which
            // the weights are added decides.
            foreach (var threshold in new[] { 0f, score, MathF.BitDecrement(score), MathF.BitIncrement(score), score - 1, score + 1 })
            {
                var model = new BoundaryModel(10, weights, bias: -1.5f, threshold);
                Assert.That(model.IsBoundary(used), Is.EqualTo(model.Score(used) > threshold), $"round {round}, threshold {threshold}");
            }
        }
    }

    [Test]
    public void ADamagedFileIsRejected() =>
        Assert.That(() => BoundaryModel.Read(new MemoryStream([(byte)'N', (byte)'A', 1, 2, 3])), Throws.InstanceOf<InvalidDataException>());

    [TestCase(Language.German)]
    [TestCase(Language.English)]
    public void TheShippedModelsLoad(Language language) =>
        Assert.That(BoundaryModel.ForLanguage(language)!.Bits, Is.InRange(8, 24));

    [Test]
    public void GapWordsAnswerForCapitalisedWordsOnly()
    {
        var words = new GapWords(
            BoundaryModel.WordList(["daraufhin", "wir"]),
            BoundaryModel.WordList(["der"]),
            new NewsAnalysis.Lexicons.SpanLexicon(["Dann", "dann"]));
        Assert.That(words.Flags("Daraufhin"), Is.EqualTo(GapWords.Lowercase));
        Assert.That(words.Flags("Dann"), Is.EqualTo(GapWords.Starter));
        Assert.That(words.MayHaveFlags("Wir"), Is.True);
        Assert.That(words.Flags("Umsatz"), Is.Zero);
        // The splitter never asks about a lower-case word, so the lists leave them out.
        Assert.That(words.Flags("wir"), Is.Zero);
        Assert.That(words.Flags("dann"), Is.Zero);
    }

    [Test]
    public void OtherLanguagesUseTheRulesOnly() => Assert.That(BoundaryModel.ForLanguage(Language.Other), Is.Null);
}
