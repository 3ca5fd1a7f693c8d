using NewsAnalysis.Entities;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Training.Tests.Entities;

/// <summary>The English training spans brought to the Universal NER convention (see <see cref="UnerConventions"/>).</summary>
public class UnerConventionsTests
{
    private static string[] Apply(string words, string tags, bool descriptions = false) =>
        [.. UnerConventions.Apply(new NerSentence(words.Split(' '), tags.Split(' ')), descriptions).Tags];

    [Test]
    public void NationalityWordsBecomeMisc() =>
        Assert.That(Apply("the Israeli army in Gaza", "O B-LOC O O B-LOC"), Is.EqualTo(new[] { "O", "B-MISC", "O", "O", "B-LOC" }));

    [Test]
    public void TitlesLeaveThePersonsName()
    {
        Assert.That(Apply("Defense Secretary Ash Carter said", "B-PER I-PER I-PER I-PER O"), Is.EqualTo(new[] { "O", "O", "B-PER", "I-PER", "O" }));
        Assert.That(Apply("Lt. Gen. Stephen Townsend", "B-PER I-PER I-PER I-PER"), Is.EqualTo(new[] { "O", "O", "B-PER", "I-PER" }));
    }

    [Test]
    public void AOneWordNameThatIsATitleStays() =>
        Assert.That(Apply("President said", "B-PER O"), Is.EqualTo(new[] { "B-PER", "O" }));

    [Test]
    public void Re3dArticlesPronounsAndDescriptionsLeave()
    {
        Assert.That(Apply("the SDF and we", "B-ORG I-ORG O B-ORG", descriptions: true), Is.EqualTo(new[] { "O", "B-ORG", "O", "O" }));
        Assert.That(Apply("U.S. service members", "B-ORG I-ORG I-ORG", descriptions: true), Is.EqualTo(new[] { "O", "O", "O" }));
        Assert.That(Apply("the SDF", "B-ORG I-ORG"), Is.EqualTo(new[] { "B-ORG", "I-ORG" }), "other sources keep their spans");
    }
}
