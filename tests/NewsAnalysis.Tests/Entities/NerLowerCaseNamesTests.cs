using NewsAnalysis.Entities;
using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Languages;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Tests.Entities;

/// <summary>
/// The English model's lower-case name flags (<see cref="NerFeatureSet.LowerCaseNames"/>): forums write
/// "kerala" and "tampa", which the gazetteer lists only capitalised.
/// </summary>
public class NerLowerCaseNamesTests
{
    private static int FeatureCount(string word, bool lowerCaseNames)
    {
        var features = new NerFeatures(16, NerGazetteer.ForLanguage(Language.English), lowerCaseNames: lowerCaseNames);
        var ids = new int[NerFeatures.Stride];
        var counts = new byte[1];
        var words = new NerFeatures.WordHashes[1];
        features.Extract(word, [new Token(word, 0, word.Length, TokenKind.Word)], ids, counts, words);
        return counts[0];
    }

    [Test]
    public void ALowerCasePlaceNameGetsTheFlagsOfItsCapitalisedForm()
    {
        Assert.That(FeatureCount("kerala", lowerCaseNames: true), Is.GreaterThan(FeatureCount("kerala", lowerCaseNames: false)));
        Assert.That(FeatureCount("Kerala", lowerCaseNames: true), Is.EqualTo(FeatureCount("Kerala", lowerCaseNames: false)), "only lower-case words");
        Assert.That(FeatureCount("xqzv", lowerCaseNames: true), Is.EqualTo(FeatureCount("xqzv", lowerCaseNames: false)), "only listed names");
    }

    [Test]
    public void TheEnglishModelTagsLowerCasePlaces()
    {
        var tags = EntityRecognizer.ForLanguage(Language.English).Tag("i am moving from florida to kerala next year".Split(' '));
        Assert.That(tags[4], Is.EqualTo("B-LOC"), "florida");
        Assert.That(tags[6], Is.EqualTo("B-LOC"), "kerala");
    }
}
