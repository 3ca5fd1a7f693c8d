using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Languages;

public class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = new();

    [TestCase("Das Unternehmen hat in einer Finanzierungsrunde 113 Millionen Dollar eingesammelt.", Language.German)]
    [TestCase("Die Bundesregierung will die Schuldenbremse reformieren, sagte der Minister.", Language.German)]
    [TestCase("The company raised $113 million in a funding round led by two investors.", Language.English)]
    [TestCase("“We are not for sale,” the chief executive told reporters on Monday.", Language.English)]
    public void DetectsGermanAndEnglish(string text, Language expected) => Assert.That(Detector.Detect(text), Is.EqualTo(expected));

    [TestCase("Der Bundestag hat am Donnerstag mit großer Mehrheit ein Gesetz zum Schutz von Hinweisgebern beschlossen.")]
    [TestCase("Die Inflation im Euroraum ist im März überraschend deutlich gesunken, teilte das Statistikamt in Luxemburg mit.")]
    [TestCase("Nach dem Unwetter waren in Teilen Bayerns noch am Abend Tausende Haushalte ohne Strom.")]
    [TestCase("„Wir werden die Preise nicht erhöhen“, versprach die Vorstandschefin bei der Hauptversammlung in Stuttgart.")]
    [TestCase("Laut einer Umfrage des Ifo-Instituts blicken die Unternehmen so pessimistisch in die Zukunft wie seit Jahren nicht.")]
    public void DetectsGermanNews(string text) => Assert.That(Detector.Detect(text), Is.EqualTo(Language.German));

    [TestCase("The central bank left interest rates unchanged on Wednesday, citing persistent uncertainty about inflation.")]
    [TestCase("Thousands of commuters were stranded after a signal failure halted trains across the region.")]
    [TestCase("Shares of the chipmaker jumped 12% in after-hours trading after it raised its revenue forecast.")]
    [TestCase("Thanks for the update, I'll give you a call tomorrow morning to go over the numbers.")]
    [TestCase("Please find attached the revised schedule for next week's meeting with the board.")]
    public void DetectsEnglishNewsAndMail(string text) => Assert.That(Detector.Detect(text), Is.EqualTo(Language.English));

    // Headlines are short and full of names: the n-grams of a few words must be enough.
    [TestCase("Virtuelle Auftritte zur Cebit in Hannover", Language.German)]
    [TestCase("Streik legt Nahverkehr in Berlin lahm", Language.German)]
    [TestCase("Kanzler warnt vor neuem Handelsstreit", Language.German)]
    [TestCase("Bahn kündigt höhere Ticketpreise an", Language.German)]
    [TestCase("Storm leaves thousands without power", Language.English)]
    [TestCase("Apple unveils new iPhone at Cupertino event", Language.English)]
    [TestCase("Oil prices slide as demand worries grow", Language.English)]
    [TestCase("Government shutdown looms as talks stall", Language.English)]
    public void DetectsShortHeadlines(string text, Language expected) => Assert.That(Detector.Detect(text), Is.EqualTo(expected));

    [TestCase("La société a levé 113 millions de dollars auprès de ses investisseurs.")]
    [TestCase("La empresa recaudó 113 millones de dólares en una ronda de financiación.")]
    [TestCase("")]
    [TestCase("12345 67890 !!! ???")]
    public void OtherLanguagesAndJunkAreOther(string text) => Assert.That(Detector.Detect(text), Is.EqualTo(Language.Other));

    // Written for these tests; none of it is in the training text (src/NewsAnalysis.Training/Data/Languages).
    [TestCase("Le gouvernement a présenté mercredi un projet de loi pour simplifier les démarches des petites entreprises.")]
    [TestCase("Les passagers ont attendu plus de trois heures sur le quai avant que le train ne reparte enfin.")]
    [TestCase("El Gobierno presentó el miércoles un proyecto de ley para simplificar los trámites de las pequeñas empresas.")]
    [TestCase("Los pasajeros esperaron más de tres horas en el andén antes de que el tren volviera a salir.")]
    [TestCase("Il governo ha presentato mercoledì un disegno di legge per semplificare le pratiche delle piccole imprese.")]
    [TestCase("I passeggeri hanno aspettato più di tre ore sul binario prima che il treno ripartisse.")]
    [TestCase("Het kabinet presenteerde woensdag een wetsvoorstel om de regels voor kleine bedrijven te vereenvoudigen.")]
    [TestCase("De reizigers moesten ruim drie uur op het perron wachten voordat de trein eindelijk weer vertrok.")]
    [TestCase("O governo apresentou na quarta-feira um projeto de lei para simplificar a burocracia das pequenas empresas.")]
    [TestCase("Os passageiros esperaram mais de três horas na plataforma até o comboio voltar a partir.")]
    [TestCase("Regeringen presenterade på onsdagen ett lagförslag som ska förenkla reglerna för småföretag.")]
    [TestCase("Rząd przedstawił w środę projekt ustawy, który ma uprościć przepisy dla małych firm.")]
    [TestCase("Правительство в среду представило законопроект об упрощении правил для малого бизнеса.")]
    [TestCase("政府周三提交了一项简化小企业行政手续的法案。")]
    public void OtherLanguagesAreOther(string text) => Assert.That(Detector.Detect(text), Is.EqualTo(Language.Other));

    [TestCase("Hallitus esitteli keskiviikkona lakiesityksen, joka keventäisi pienten yritysten hallinnollisia velvoitteita.")]
    [TestCase("El Govern ha presentat aquest dimecres un projecte de llei per simplificar els tràmits de les empreses.")]
    [TestCase("A kormány szerdán törvényjavaslatot nyújtott be a kisvállalkozások adminisztrációjának egyszerűsítésére.")]
    [TestCase("Vláda ve středu představila návrh zákona, který má zjednodušit pravidla pro malé firmy.")]
    public void SmallerOtherLanguagesAreOther(string text) => Assert.That(Detector.Detect(text), Is.EqualTo(Language.Other));

    // Languages with no training text at all: the "other" profile must generalise.
    [TestCase("Reisijad pidid perroonil ootama üle kolme tunni, enne kui rong lõpuks edasi sõitis.")]
    [TestCase("Putnici su na peronu čekali više od tri sata prije nego što je vlak ponovno krenuo.")]
    [TestCase("Keleiviai ant perono laukė daugiau nei tris valandas, kol traukinys vėl pajudėjo.")]
    [TestCase("Farþegar biðu á brautarpallinum í meira en þrjár klukkustundir áður en lestin fór aftur af stað.")]
    [TestCase("Bidaiariek hiru ordu baino gehiago itxaron behar izan zuten nasan trena berriro abiatu arte.")]
    [TestCase("Die passasiers moes meer as drie uur op die perron wag voordat die trein weer vertrek het.")]
    public void UnseenLanguagesAreOther(string text) => Assert.That(Detector.Detect(text), Is.EqualTo(Language.Other));

    [TestCase("==============================================")]
    [TestCase("*** +++ ### $$$ %%% &&& @@@ ~~~ 2024-05-17 12:30")]
    [TestCase("asdfghjkl qwertzuiop yxcvbnm")]
    [TestCase("xqzv jkwpt bvqxz mrtkl wqpzx zzkt")]
    [TestCase("aGVsbG8gd29ybGQgdGhpcyBpcyBqdW5rIGRhdGE=")]
    public void JunkIsOther(string text) => Assert.That(Detector.Detect(text), Is.EqualTo(Language.Other));

    [Test]
    public void ScoresExplainTheVerdict()
    {
        var german = Detector.Score("Die Regierung will die Steuern senken, aber die Opposition ist dagegen.");
        var english = Detector.Score("The government wants to cut taxes, but the opposition is against it.");
        Assert.Multiple(() =>
        {
            Assert.That(german.Language, Is.EqualTo(Language.German));
            Assert.That(german.Words, Is.EqualTo(11));
            Assert.That(german.German, Is.GreaterThan(german.English));
            Assert.That(german.German, Is.GreaterThan(german.Other));
            Assert.That(german.GermanFunctionWords, Is.GreaterThan(german.EnglishFunctionWords));
            Assert.That(english.Language, Is.EqualTo(Language.English));
            Assert.That(english.English, Is.GreaterThan(english.German));
            Assert.That(english.EnglishFunctionWords, Is.GreaterThan(english.GermanFunctionWords));
            Assert.That(english.Features, Is.GreaterThan(english.Words));
            Assert.That(english.LatinLetters, Is.EqualTo(english.Letters));
        });
    }

    [Test]
    public void ReadsOnlyTheBeginning()
    {
        // German first, then far more English than the detector reads: the English tail must not count.
        var german = string.Concat(Enumerable.Repeat("Die Regierung hat am Montag neue Maßnahmen gegen die Inflation beschlossen. ", 60));
        var english = string.Concat(Enumerable.Repeat("The government announced new measures against inflation on Monday. ", 2_000));
        Assert.That(german.Length, Is.GreaterThan(LanguageDetector.MaxCharacters));
        Assert.That(Detector.Detect(german + english), Is.EqualTo(Language.German));
        Assert.That(Detector.Score(german + english), Is.EqualTo(Detector.Score(german.AsSpan(0, LanguageDetector.MaxCharacters))));
    }

    [Test]
    public void IsDeterministicAndSharedAcrossInstancesAndThreads()
    {
        var texts = new[]
        {
            "Die Bundesregierung will die Schuldenbremse reformieren, sagte der Minister.",
            "The company raised $113 million in a funding round led by two investors.",
            "La société a levé 113 millions de dollars auprès de ses investisseurs.",
        };
        var expected = texts.Select(t => Detector.Score(t)).ToArray();
        var results = new LanguageScores[64];
        Parallel.For(0, results.Length, i => results[i] = new LanguageDetector().Score(texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.That(results[i], Is.EqualTo(expected[i % texts.Length]));
        }
    }

    [Test]
    public void DetectAllocatesNothing()
    {
        var text = "Die Bundesregierung will die Schuldenbremse reformieren, sagte der Minister am Montag in Berlin.";
        for (var i = 0; i < 100; i++)
        {
            Detector.Detect(text);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Detector.Detect(text);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    [TestCase("de", Language.German)]
    [TestCase("de-CH", Language.German)]
    [TestCase("EN", Language.English)]
    [TestCase("en_GB", Language.English)]
    [TestCase("other", Language.Other)]
    public void ParsesLanguageCodes(string code, Language expected)
    {
        Assert.That(LanguageCodes.TryParse(code, out var language), Is.True);
        Assert.That(language, Is.EqualTo(expected));
    }

    [Test]
    public void RejectsUnknownCodes() => Assert.That(LanguageCodes.TryParse("fr", out _), Is.False);

    [Test]
    public void ForcedLanguageWins()
    {
        var analysis = NewsAnalyzer.Create().Analyze("The company raised money.", language: Language.German);
        Assert.That(analysis.Language, Is.EqualTo(Language.German));
    }
}
