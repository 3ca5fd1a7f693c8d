using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Training.Tests.Entities;

/// <summary>The diacritic-free name forms the gazetteer builder can add (see <see cref="NameFolding"/>).</summary>
public class NameFoldingTests
{
    private static readonly NameFolding Folding = NameFolding.Load(Path.Combine(AppContext.BaseDirectory, "Data", "Entities", "folded-letters.txt"));

    [Test]
    public void CombiningMarksAndEdgeApostrophesGo()
    {
        Assert.That(Folding.Fold("Sāmarrā’"), Is.EqualTo("Samarra"));
        Assert.That(Folding.Fold("Al Fallūjah"), Is.EqualTo("Al Fallujah"));
        Assert.That(Folding.Fold("ʿAjlūn"), Is.EqualTo("Ajlun"));
        Assert.That(Folding.Fold("Ţarţūs"), Is.EqualTo("Tartus"));
        Assert.That(Folding.Fold("Łódź"), Is.EqualTo("Lodz"));
    }

    [Test]
    public void ApostrophesInsideAWordAndPlainNamesStay()
    {
        Assert.That(Folding.Fold("O'Brien"), Is.EqualTo("O'Brien"));
        Assert.That(Folding.Fold("Berlin"), Is.EqualTo("Berlin"));
        // ß is a letter of its own, not a letter with a mark.
        Assert.That(Folding.Fold("Großenhain"), Is.EqualTo("Großenhain"));
    }

    [Test]
    public void TheArabicArticleLeavesOnlyBeforeOneCapitalisedWord()
    {
        Assert.That(NameFolding.WithoutArticle("Al Fallujah"), Is.EqualTo("Fallujah"));
        Assert.That(NameFolding.WithoutArticle("Al-Hasakah"), Is.EqualTo("Hasakah"));
        Assert.That(NameFolding.WithoutArticle("El Arish"), Is.EqualTo("Arish"));
        Assert.That(NameFolding.WithoutArticle("Al Bu Kamal"), Is.Null);
        Assert.That(NameFolding.WithoutArticle("Alabama"), Is.Null);
        Assert.That(NameFolding.WithoutArticle("Al"), Is.Null);
    }

    [Test]
    public void TheBuilderAddsEnglishFoldedFormsOnlyForTheChosenFlagsAndKeepsTheOriginal()
    {
        var b = new GazetteerBuilder(Folding, GazetteerFlags.City, withoutArticles: true);
        b.AddName("Al Fallūjah", GazetteerFlags.City, ForLanguages.Both);
        b.AddName("Sāmarrā’", GazetteerFlags.City, ForLanguages.English);
        b.AddName("Jürgen", GazetteerFlags.FirstName, ForLanguages.Both);

        Assert.That(b.Has("Fallujah", GazetteerFlags.City, ForLanguages.English), Is.True);
        Assert.That(b.Has("Fallūjah", GazetteerFlags.MultiWordInside, ForLanguages.German), Is.True);
        Assert.That(b.Has("Fallujah", GazetteerFlags.City, ForLanguages.German), Is.False);
        Assert.That(b.Has("Samarra", GazetteerFlags.City, ForLanguages.English), Is.True);
        Assert.That(b.Has("Sāmarrā’", GazetteerFlags.City, ForLanguages.English), Is.True);
        Assert.That(b.Has("Samarra", GazetteerFlags.City, ForLanguages.German), Is.False);
        Assert.That(b.Has("Jurgen", GazetteerFlags.FirstName, ForLanguages.English), Is.False);
    }

    [Test]
    public void TheArticleStaysUnlessAsked()
    {
        var b = new GazetteerBuilder(Folding, GazetteerFlags.City);
        b.AddName("Al Fallūjah", GazetteerFlags.City, ForLanguages.Both);
        Assert.That(b.Has("Fallujah", GazetteerFlags.MultiWordInside, ForLanguages.English), Is.True);
        Assert.That(b.Has("Fallujah", GazetteerFlags.City, ForLanguages.English), Is.False);
    }
}
