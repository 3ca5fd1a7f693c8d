using System.Globalization;
using NewsAnalysis.Amounts;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Tests.Amounts;

public class AmountRecognizerTests
{
    private static readonly NewsAnalyzer Analyzer = NewsAnalyzer.Create();

    private static Amount Single(string text, Language language)
    {
        var amounts = Analyzer.Analyze(text, language: language).Amounts;
        Assert.That(amounts, Has.Length.EqualTo(1), () => $"{text}: {string.Join("; ", amounts.Select(a => a.Text))}");
        var amount = amounts[0];
        Assert.That(text[amount.Start..amount.End], Is.EqualTo(amount.Text));
        return amount;
    }

    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    private static Language LanguageOf(string code) => code == "de" ? Language.German : Language.English;

    [TestCase("Sie sammelten 113 Millionen Dollar ein.", "113 Millionen Dollar", "113000000", "USD")]
    [TestCase("Es ging um 1 Milliarde Dollar.", "1 Milliarde Dollar", "1000000000", "USD")]
    [TestCase("Es ging um eine Milliarde Dollar.", "eine Milliarde Dollar", "1000000000", "USD")]
    [TestCase("Sie zahlten zwei Millionen Euro.", "zwei Millionen Euro", "2000000", "EUR")]
    [TestCase("Der Umsatz lag bei 1,5 Mrd. Euro.", "1,5 Mrd. Euro", "1500000000", "EUR")]
    [TestCase("Das kostet 3,2 Mio. € im Jahr.", "3,2 Mio. €", "3200000", "EUR")]
    [TestCase("Das kostet € 3,2 Mio. im Jahr.", "€ 3,2 Mio.", "3200000", "EUR")]
    [TestCase("Der Preis: EUR 500.000 netto.", "EUR 500.000", "500000", "EUR")]
    [TestCase("Der Preis: 500.000 Euro netto.", "500.000 Euro", "500000", "EUR")]
    [TestCase("Die Rechnung über 1.234,56 € kam.", "1.234,56 €", "1234.56", "EUR")]
    [TestCase("Der Markt: 2 Bio. Euro.", "2 Bio. Euro", "2000000000000", "EUR")]
    [TestCase("Ein Brötchen kostet 12 Cent mehr.", "12 Cent", "0.12", "EUR")]
    [TestCase("Der Eintritt kostet zwölf Euro.", "zwölf Euro", "12", "EUR")]
    [TestCase("Das Ticket kostet 10 Franken.", "10 Franken", "10", "CHF")]
    [TestCase("Das Ticket kostet CHF 10.– pro Person.", "CHF 10.–", "10", "CHF")]
    [TestCase("Das Ticket kostet Fr. 50.- pro Person.", "Fr. 50.-", "50", "CHF")]
    [TestCase("Das kostet 100 Pfund.", "100 Pfund", "100", "GBP")]
    [TestCase("Das kostet 50 Yen.", "50 Yen", "50", "JPY")]
    [TestCase("Der Deal umfasst 5 Mrd. US-Dollar.", "5 Mrd. US-Dollar", "5000000000", "USD")]
    [TestCase("Der Deal umfasst US$ 5.", "US$ 5", "5", "USD")]
    [TestCase("Das Budget umfasst eineinhalb Millionen Euro.", "eineinhalb Millionen Euro", "1500000", "EUR")]
    [TestCase("Das Budget umfasst zweihundertdreiundzwanzig Euro.", "zweihundertdreiundzwanzig Euro", "223", "EUR")]
    [TestCase("Sie tauschten 10 kanadische Dollar.", "10 kanadische Dollar", "10", "CAD")]
    [TestCase("Sie tauschten 10 schwedische Kronen.", "10 schwedische Kronen", "10", "SEK")]
    public void GermanMoney(string text, string span, string value, string currency)
    {
        var amount = Single(text, Language.German);
        Assert.Multiple(() =>
        {
            Assert.That(amount.Kind, Is.EqualTo(AmountKind.Money));
            Assert.That(amount.Text, Is.EqualTo(span));
            Assert.That(amount.Value, Is.EqualTo(D(value)));
            Assert.That(amount.Currency, Is.EqualTo(currency));
        });
    }

    [TestCase("Sie sammelten rund 40 Milliarden Dollar.", AmountQualifier.Approximately, "40000000000")]
    [TestCase("Sie sammelten mehr als 18 Milliarden Dollar.", AmountQualifier.MoreThan, "18000000000")]
    [TestCase("Sie sammelten knapp 3 Millionen Euro.", AmountQualifier.Approximately, "3000000")]
    [TestCase("Sie sammelten bis zu 3 Millionen Euro.", AmountQualifier.UpTo, "3000000")]
    [TestCase("Sie sammelten mindestens 3 Millionen Euro.", AmountQualifier.AtLeast, "3000000")]
    [TestCase("Die Miete steigt um nicht mehr als 4 Prozent.", AmountQualifier.AtMost, "4")]
    [TestCase("Die Firma zahlte nicht weniger als 3 Millionen Euro.", AmountQualifier.AtLeast, "3000000")]
    public void QualifiersStayOutsideTheSpan(string text, AmountQualifier qualifier, string value)
    {
        var amount = Single(text, Language.German);
        Assert.That(amount.Qualifier, Is.EqualTo(qualifier));
        Assert.That(amount.Value, Is.EqualTo(D(value)));
        Assert.That(amount.Text, Does.StartWith(value[..1]));
    }

    [TestCase("Der Anteil stieg auf 18 Prozent.", "18", "percent")]
    [TestCase("Der Anteil stieg um 2,5 %.", "2.5", "percent")]
    [TestCase("Der Anteil stieg um drei Prozent.", "3", "percent")]
    [TestCase("Der Zins stieg um 0,5 Prozentpunkte.", "0.5", "percentage points")]
    public void GermanPercentages(string text, string value, string unit)
    {
        var amount = Single(text, Language.German);
        Assert.That((amount.Kind, amount.Value, amount.Unit), Is.EqualTo((AmountKind.Percent, D(value), unit)));
    }

    [TestCase("Der Wert stieg um das 25-fache.", "25-fache", "25")]
    [TestCase("Der Wert stieg auf das Zehnfache.", "Zehnfache", "10")]
    [TestCase("Der Wert ist dreifach so hoch.", "dreifach", "3")]
    [TestCase("Der Wert stieg um das Dreifachen.", "Dreifachen", "3")]
    [TestCase("Die Pacht ist inzwischen auf das 3,5-Fache gestiegen.", "3,5-Fache", "3.5")]
    [TestCase("Die Miete ist heute sechsmal so hoch wie damals.", "sechsmal", "6")]
    public void GermanMultipliers(string text, string span, string value)
    {
        var amount = Single(text, Language.German);
        Assert.That((amount.Kind, amount.Text, amount.Value), Is.EqualTo((AmountKind.Multiplier, span, D(value))));
    }

    [TestCase("Die Firma hat 200 Mitarbeiter.", "200 Mitarbeiter", "200", "Mitarbeiter")]
    [TestCase("Dort arbeiten 60 Forscher.", "60 Forscher", "60", "Forscher")]
    [TestCase("Es fallen 1.500 Stellen weg.", "1.500 Stellen", "1500", "Stellen")]
    [TestCase("Die App hat zwei Millionen Nutzer.", "zwei Millionen Nutzer", "2000000", "Nutzer")]
    [TestCase("Die Strecke misst 5 Kilometer.", "5 Kilometer", "5", "Kilometer")]
    [TestCase("Er stellte 200 neue Mitarbeiter ein.", "200 neue Mitarbeiter", "200", "Mitarbeiter")]
    [TestCase("Der Heimspeicher fasst 12 kWh.", "12 kWh", "12", "kWh")]
    public void GermanQuantities(string text, string span, string value, string unit)
    {
        var amount = Single(text, Language.German);
        Assert.That((amount.Kind, amount.Text, amount.Value, amount.Unit), Is.EqualTo((AmountKind.Quantity, span, D(value), unit)));
    }

    [TestCase("Sie rechnen mit zwischen 5 und 7 Millionen Euro.", "5 und 7 Millionen Euro")]
    [TestCase("Sie rechnen mit 5 bis 7 Mio. € Umsatz.", "5 bis 7 Mio. €")]
    [TestCase("Sie rechnen mit 5–7 Mio. € Umsatz.", "5–7 Mio. €")]
    public void GermanRanges(string text, string span)
    {
        var amount = Single(text, Language.German);
        Assert.That((amount.Kind, amount.Text, amount.Value, amount.RangeEnd, amount.Currency), Is.EqualTo((AmountKind.Money, span, 5000000m, (decimal?)7000000m, "EUR")));
    }

    [TestCase("The start-up raised $113 million.", AmountKind.Money, "113000000", "USD")]
    [TestCase("It raised €1.5bn last year.", AmountKind.Money, "1500000000", "EUR")]
    [TestCase("It raised 1.5 billion euros.", AmountKind.Money, "1500000000", "EUR")]
    [TestCase("It raised USD 3.2m from investors.", AmountKind.Money, "3200000", "USD")]
    [TestCase("A ticket costs £40.", AmountKind.Money, "40", "GBP")]
    [TestCase("A ticket costs 40 pounds.", AmountKind.Money, "40", "GBP")]
    [TestCase("It raised $5m.", AmountKind.Money, "5000000", "USD")]
    [TestCase("Petrol rose by 3 cents.", AmountKind.Money, "0.03", "USD")]
    [TestCase("They spent half a billion dollars.", AmountKind.Money, "500000000", "USD")]
    [TestCase("The share rose to 25%.", AmountKind.Percent, "25", null)]
    [TestCase("The share rose to 25 percent.", AmountKind.Percent, "25", null)]
    [TestCase("Rates rose by 3 percentage points.", AmountKind.Percent, "3", null)]
    [TestCase("Revenue grew tenfold.", AmountKind.Multiplier, "10", null)]
    [TestCase("Revenue is three times higher.", AmountKind.Multiplier, "3", null)]
    [TestCase("The club has 200 employees.", AmountKind.Quantity, "200", null)]
    public void English(string text, AmountKind kind, string value, string? currency)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Kind, amount.Value, amount.Currency), Is.EqualTo((kind, D(value), currency)));
    }

    [Test]
    public void EnglishRange()
    {
        var amount = Single("It will cost between $5 and $7 million.", Language.English);
        Assert.That((amount.Text, amount.Value, amount.RangeEnd, amount.Currency), Is.EqualTo(("$5 and $7 million", 5000000m, (decimal?)7000000m, "USD")));
    }

    [TestCase("Fees could reach between £300k and £2.5m next year.", "£300k and £2.5m", "300000", "2500000", "GBP")]
    [TestCase("The fund holds between $2bn and $3bn in bonds.", "$2bn and $3bn", "2000000000", "3000000000", "USD")]
    [TestCase("Die Sanierung kostet 4 Mio. bis 6 Mio. Euro.", "4 Mio. bis 6 Mio. Euro", "4000000", "6000000", "EUR")]
    public void RangeWhoseFirstNumberHasItsOwnScale(string text, string span, string value, string rangeEnd, string currency)
    {
        var language = text.StartsWith("Die", StringComparison.Ordinal) ? Language.German : Language.English;
        var amount = Single(text, language);
        Assert.That((amount.Text, amount.Value, amount.RangeEnd, amount.Currency), Is.EqualTo((span, D(value), (decimal?)D(rangeEnd), currency)));
    }

    // Two full money amounts glued by a hyphen are one range; a scale on the second alone applies to both.
    [TestCase("The refit should cost £12m-£15m, the yard said.", "£12m-£15m", "12000000", "15000000", "GBP")]
    [TestCase("Analysts see a gap of $2-$3bn in the budget.", "$2-$3bn", "2000000000", "3000000000", "USD")]
    public void HyphenBetweenTwoMoneyAmountsIsARange(string text, string span, string value, string rangeEnd, string currency)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Kind, amount.Text, amount.Value, amount.RangeEnd, amount.Currency), Is.EqualTo((AmountKind.Money, span, D(value), (decimal?)D(rangeEnd), currency)));
    }

    // "and a half" joins the English number word before it, which then counts its noun.
    [TestCase("The mare won by one and a half lengths at Ascot.", "one and a half lengths", "1.5")]
    [TestCase("The bridge stayed shut for three and a half years.", "three and a half years", "3.5")]
    public void AndAHalfJoinsTheNumber(string text, string span, string value)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Kind, amount.Text, amount.Value), Is.EqualTo((AmountKind.Quantity, span, D(value))));
    }

    // "and a quarter", "and three quarters" join the number word as "and a half" does.
    [TestCase("The gelding was beaten by two and a quarter lengths at Haydock.", "two and a quarter lengths", "2.25")]
    [TestCase("The tunnel works ran on for four and three quarters years.", "four and three quarters years", "4.75")]
    public void AndAQuarterJoinsTheNumber(string text, string span, string value)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Kind, amount.Text, amount.Value), Is.EqualTo((AmountKind.Quantity, span, D(value))));
    }

    // A small integer after a stage word names the stage ("a phase 3 trial"), while the count after it stays an amount.
    [TestCase("The phase 3 study will enrol 640 patients in Ireland.", "en", "640 patients")]
    [TestCase("Regulators want phase 2 results before 40 more sites open.", "en", "40 more sites")]
    [TestCase("Doctors found stage 4 tumours in 12 patients.", "en", "12 patients")]
    [TestCase("Die Phase 3 Studie soll 500 Patientinnen einschließen.", "de", "500 Patientinnen")]
    [TestCase("Ab Stufe 2 dürfen nur noch 300 Besucher in die Halle.", "de", "300 Besucher")]
    public void ASmallNumberAfterAStageWordCountsNothing(string text, string language, string count)
    {
        var amounts = Analyzer.Analyze(text, language: LanguageOf(language)).Amounts;
        Assert.That(amounts.Select(a => a.Text), Is.EqualTo(new[] { count }));
    }

    // A larger number after a stage word still counts: German needs no comma in "in der ersten Phase 120 Wohnungen".
    [Test]
    public void ALargeNumberAfterAStageWordStillCounts()
    {
        var amount = Single("Die Genossenschaft will in der ersten Phase 120 Wohnungen bauen.", Language.German);
        Assert.That((amount.Kind, amount.Text, amount.Value), Is.EqualTo((AmountKind.Quantity, "120 Wohnungen", 120m)));
    }

    // "von 2 Millionen auf 3 Millionen Euro": a start with its own scale takes the currency of its scaled target.
    [TestCase("Das Land kürzt den Zuschuss von 4,5 Millionen auf 3,9 Millionen Euro.", "de", "4,5 Millionen", "4500000", "EUR")]
    [TestCase("The council cut the grant from 1.2 million to 0.9 million pounds.", "en", "1.2 million", "1200000", "GBP")]
    public void AScaledStartOfAChangeTakesTheCurrencyOfItsTarget(string text, string language, string first, string value, string currency)
    {
        var amounts = Analyzer.Analyze(text, language: LanguageOf(language)).Amounts;
        Assert.That(amounts, Has.Length.EqualTo(2));
        Assert.That((amounts[0].Kind, amounts[0].Text, amounts[0].Value, amounts[0].Currency), Is.EqualTo((AmountKind.Money, first, D(value), currency)));
        Assert.That((amounts[1].Kind, amounts[1].Currency), Is.EqualTo((AmountKind.Money, currency)));
    }

    // A scaled start before a scaled count keeps no currency: "von 2 Millionen auf 3 Millionen Besucher".
    [Test]
    public void AScaledStartOfAChangeBeforeACountStaysAQuantity()
    {
        var amounts = Analyzer.Analyze("Die Zahl stieg von 1,2 Millionen auf 1,5 Millionen Besucher.", language: Language.German).Amounts;
        Assert.That(amounts[0].Kind, Is.EqualTo(AmountKind.Quantity));
    }

    // "von X auf Y Prozent": the number the change starts from takes the percent written after the second.
    [TestCase("Die Auslastung stieg von 71 auf 83 Prozent.", "de", "71", "83 Prozent")]
    [TestCase("Turnout fell from 64 to 58 per cent in the ward.", "en", "64", "58 per cent")]
    public void TheStartOfAChangeTakesThePercentOfItsTarget(string text, string language, string first, string second)
    {
        var amounts = Analyzer.Analyze(text, language: LanguageOf(language)).Amounts;
        Assert.That(amounts.Select(a => (a.Kind, a.Text)), Is.EqualTo(new[] { (AmountKind.Percent, first), (AmountKind.Percent, second) }));
        Assert.That(amounts[0].Unit, Is.EqualTo("percent"));
    }

    // "von X auf Y Euro": the number the change starts from takes the currency written after the second, as it takes a percent.
    [TestCase("Die Monatskarte wird von 49 auf 58 Euro teurer.", "de", "49", "58 Euro", "49", "EUR")]
    [TestCase("Der Mitgliedsbeitrag steigt zum Januar von 120 auf 135 Franken.", "de", "120", "135 Franken", "120", "CHF")]
    public void TheStartOfAChangeTakesTheCurrencyOfItsTarget(string text, string language, string first, string second, string value, string currency)
    {
        var amounts = Analyzer.Analyze(text, language: LanguageOf(language)).Amounts;
        Assert.That(amounts.Select(a => (a.Kind, a.Text)), Is.EqualTo(new[] { (AmountKind.Money, first), (AmountKind.Money, second) }));
        Assert.That((amounts[0].Value, amounts[0].Currency), Is.EqualTo((D(value), currency)));
    }

    // A scale after the target is left: "von 2,1 auf 2,4 Milliarden Euro" may or may not scale the first number.
    [Test]
    public void TheStartOfAChangeBeforeAScaledTargetIsLeft() =>
        Assert.That(Analyzer.Analyze("Der Umsatz wuchs von 2,1 auf 2,4 Milliarden Euro.", language: Language.German).Amounts.Select(a => a.Text),
            Is.EqualTo(new[] { "2,4 Milliarden Euro" }));

    // A court's file number ("Az. 4 O 311/21") counts nothing: the chamber's number is no quantity of "O".
    [TestCase("Die Klägerin fordert 80.000 Euro (Az. 4 O 311/21).", "80.000 Euro")]
    [TestCase("Unter dem Aktenzeichen 3 S 77/24 verhandelt das Gericht über 12 Wohnungen.", "12 Wohnungen")]
    public void CourtFileNumberIsNoAmount(string text, string span) =>
        Assert.That(Analyzer.Analyze(text, language: Language.German).Amounts.Select(a => a.Text), Is.EqualTo(new[] { span }));

    // "das halbe Dorf" is much of a whole, no quantity; "eine halbe Million Euro" still counts.
    [Test]
    public void HalfAfterADefiniteArticleIsNoQuantity()
    {
        var amounts = Analyzer.Analyze("Der Sturm hat das halbe Dorf geweckt, eine halbe Million Euro Schaden blieb.", language: Language.German).Amounts;
        Assert.That(amounts.Select(a => a.Text), Is.EqualTo(new[] { "halbe Million Euro" }));
    }

    [Test]
    public void AGermanNumberTimesWithoutSoCountsOccurrencesNotAFactor() =>
        Assert.That(Analyzer.Analyze("Der Verein ist zweimal abgestiegen und einmal aufgestiegen.", language: Language.German).Amounts, Is.Empty);

    [TestCase("The stock slipped 4p to 161p in London, where the pound was steady.", new[] { "4p", "161p" }, new[] { "0.04", "1.61" })]
    [TestCase("A pint now costs £4.60, up 35p on last year.", new[] { "£4.60", "35p" }, new[] { "4.60", "0.35" })]
    public void PenceGluedToANumberInATextOnPounds(string text, string[] spans, string[] values)
    {
        var amounts = Analyzer.Analyze(text, language: Language.English).Amounts;
        Assert.That(amounts.Select(a => (a.Text, a.Value, a.Currency)), Is.EqualTo(spans.Zip(values, (s, v) => (s, D(v), (string?)"GBP"))));
    }

    [Test]
    public void ALetterPAfterANumberIsNoPennyInATextWithoutPounds() =>
        Assert.That(Analyzer.Analyze("The new monitor shows 1440p video at 144 frames a second.", language: Language.English).Amounts.Where(a => a.Kind == AmountKind.Money), Is.Empty);

    [TestCase("The group plans to invest £150m to £200m in new depots.", "£150m to £200m", "150000000", "200000000")]
    [TestCase("Analysts expect margins of 4 to 6 percent.", "4 to 6 percent", "4", "6")]
    public void EnglishToMakesARangeWithoutAChangeWord(string text, string span, string value, string rangeEnd)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Text, amount.Value, amount.RangeEnd), Is.EqualTo((span, D(value), (decimal?)D(rangeEnd))));
    }

    // A range written as one token before a percent sign is a percent range; a score before one is not a range.
    [TestCase("Turnout in the ward is usually 35-40% at local elections.", "en", "35-40%", "35", "40")]
    [TestCase("Die Auslastung lag bei 70–75 Prozent im Sommer.", "de", "70–75 Prozent", "70", "75")]
    public void GluedRangeBeforePercent(string text, string language, string span, string value, string rangeEnd)
    {
        var amount = Single(text, LanguageOf(language));
        Assert.That((amount.Text, amount.Value, amount.RangeEnd), Is.EqualTo((span, D(value), (decimal?)D(rangeEnd))));
    }

    [TestCase("Operating profit climbed from £12m to £19m.", "£12m", "£19m")]
    [TestCase("The index fell 20 to 310 points.", null, "310 points")]
    [TestCase("The survey ran in the 2019 to 2023 period across 40 towns.", null, "40 towns")]
    public void EnglishToAfterAChangeWordOrAYearIsNoRange(string text, string? first, string second)
    {
        var amounts = Analyzer.Analyze(text, language: Language.English).Amounts;
        Assert.That(amounts.All(a => a.RangeEnd is null), Is.True, string.Join(" | ", amounts.Select(a => a.Text)));
        Assert.That(amounts.Select(a => a.Text), Does.Contain(second));
        if (first is not null)
        {
            Assert.That(amounts.Select(a => a.Text), Does.Contain(first));
        }
    }

    // Two years joined as a range before a noun are a period, not a count of that noun; a money range written
    // with year-like numbers and a count range that starts at a year-like number are still amounts.
    [TestCase("Die Genossenschaft baute zwischen 2015 und 2018 Wohnungen in drei Vierteln.", "de", "drei Vierteln")]
    [TestCase("Der Verein verkaufte 2016 bis 2020 Trikots über einen Händler in 12 Ländern.", "de", "12 Ländern")]
    [TestCase("The trust ran between 2011 and 2014 workshops in 30 schools.", "en", "30 schools")]
    public void TwoYearsJoinedAsARangeCountNothing(string text, string language, string only) =>
        Assert.That(Analyzer.Analyze(text, language: LanguageOf(language)).Amounts.Select(a => a.Text), Is.EqualTo(new[] { only }), text);

    [TestCase("Die Plätze kosten zwischen 1500 und 2000 Euro.", "de", "1500 und 2000 Euro", "1500", "2000")]
    [TestCase("Zum Fest kamen 1000 bis 20.000 Besucher täglich.", "de", "1000 bis 20.000 Besucher", "1000", "20000")]
    public void RangesWithYearLikeNumbersThatAreAmounts(string text, string language, string span, string value, string rangeEnd)
    {
        var amount = Single(text, LanguageOf(language));
        Assert.That((amount.Text, amount.Value, amount.RangeEnd), Is.EqualTo((span, D(value), (decimal?)D(rangeEnd))));
    }

    // A negation after a number is no counted noun: a batter's unbeaten score, a number that is left out.
    [TestCase("Priya Shah made 84 not out as her side won by six wickets.")]
    [TestCase("Of the 120 applicants, 35 not yet interviewed will hear by June.")]
    public void NegationAfterANumberCountsNothing(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts.Select(a => a.Text), Has.None.Contains(" not"), text);

    // A word for a day after a number makes it a clock time, not a count of that day ("at nine tomorrow").
    [TestCase("The mayor will open the bridge at ten tomorrow, weather permitting.", "en")]
    [TestCase("Her flight lands at six tonight in Glasgow.", "en")]
    [TestCase("Der Zug fährt um acht heute und um neun morgen früh.", "de")]
    public void ADayWordAfterANumberCountsNothing(string text, string language) =>
        Assert.That(Analyzer.Analyze(text, language: LanguageOf(language)).Amounts, Is.Empty, text);

    [TestCase("Patients should wait no more than 6 weeks for a scan.", AmountQualifier.AtMost)]
    [TestCase("The council spent no less than £4m on the bridge.", AmountQualifier.AtLeast)]
    [TestCase("The council spent more than £4m on the bridge.", AmountQualifier.MoreThan)]
    public void EnglishNegatedComparisonsAreBounds(string text, AmountQualifier qualifier) =>
        Assert.That(Single(text, Language.English).Qualifier, Is.EqualTo(qualifier));

    [TestCase("The terminal will handle 300,000 TEU a year.", "300,000 TEU", "300000", "TEU")]
    [TestCase("The wind farm adds 64 MW to the grid.", "64 MW", "64", "MW")]
    public void EnglishUnitsInCapitalsAreCounted(string text, string span, string value, string unit)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Kind, amount.Text, amount.Value, amount.Unit), Is.EqualTo((AmountKind.Quantity, span, D(value), unit)));
    }

    // A speed unit glued to its number is split off like "5km" so the number is read with it.
    [TestCase("The ferry crossed the bay at 38mph on Tuesday.", Language.English, "38mph", "38", "mph")]
    [TestCase("The peloton averaged 44.3km/h on the flat stage.", Language.English, "44.3km/h", "44.3", "km/h")]
    [TestCase("Der Bus fuhr mit 72,5km/h durch den Ort.", Language.German, "72,5km/h", "72.5", "km/h")]
    public void SpeedUnitsGluedToTheNumberAreCounted(string text, Language language, string span, string value, string unit)
    {
        var amount = Single(text, language);
        Assert.That((amount.Kind, amount.Text, amount.Value, amount.Unit), Is.EqualTo((AmountKind.Quantity, span, D(value), unit)));
    }

    [TestCase("Tickets for the Six Nations sold out within an hour.")]
    [TestCase("The plan was backed by the Group of Seven in June.")]
    public void EnglishCapitalisedNumberWordInsideASentenceIsPartOfAName(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts, Is.Empty, text);

    [TestCase("Only three Democrats voted for the bill.", "three Democrats", "3", "Democrats")]
    [TestCase("The film won four Oscars last night.", "four Oscars", "4", "Oscars")]
    public void EnglishCapitalisedPluralIsCounted(string text, string span, string value, string unit)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Text, amount.Value, amount.Unit), Is.EqualTo((span, D(value), unit)));
    }

    [TestCase("She lives at 10 Downing Street now.")]
    [TestCase("They watched 12 Angry Men again.")]
    [TestCase("The office is at 212 West Avenue.")]
    public void EnglishNumberBeforeANameCountsNothing(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts, Is.Empty, text);

    [TestCase("Das war 2024 so.")]
    [TestCase("Im Jahr 2023 wuchs die Firma.")]
    [TestCase("Am 14.03.2024 kam er.")]
    [TestCase("Am 3. Oktober kam er.")]
    [TestCase("Um 10:30 Uhr kam er.")]
    [TestCase("Im 3. Quartal stieg er.")]
    [TestCase("Die Lizenz ist Apache 2.0.")]
    [TestCase("Das Modell Mixtral 8x7B ist offen.")]
    [TestCase("GPT-4 ist ein Modell.")]
    [TestCase("Er fuhr auf dem Highway 101 nach Süden.")]
    [TestCase("Der Airbus A380 landete.")]
    [TestCase("Telefon 030 1234567 anrufen.")]
    [TestCase("Die Adresse ist 10115 Berlin.")]
    [TestCase("Die ISBN ist 978-3-16-148410-0.")]
    [TestCase("Das Spiel endete 2:1.")]
    [TestCase("Nach § 5 gilt das.")]
    [TestCase("Siehe Seite 12 dazu.")]
    public void NotAmounts(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.German).Amounts, Is.Empty, text);

    // A number cut short by a hyphen before "bis"/"to" borrows the rest of the second word: one range.
    [TestCase("Die Mieten stiegen auf das zwei- bis dreifache Niveau.", "de", "zwei- bis dreifache", "Multiplier", "2", "3")]
    [TestCase("Die Wartezeit ist heute vier- bis fünfmal so lang.", "de", "vier- bis fünfmal", "Multiplier", "4", "5")]
    [TestCase("Der Verbrauch ist 2- bis 4-mal so hoch wie geplant.", "de", "2- bis 4-mal", "Multiplier", "2", "4")]
    [TestCase("Zum Fest kamen fünf- bis sechstausend Gäste.", "de", "fünf- bis sechstausend Gäste", "Quantity", "5000", "6000")]
    [TestCase("Output could rise three- to fourfold by 2030.", "en", "three- to fourfold", "Multiplier", "3", "4")]
    [TestCase("Expect a 20- to 25-minute wait at the bridge.", "en", "20- to 25-minute", "Quantity", "20", "25")]
    public void TruncatedFirstNumberMakesARange(string text, string language, string span, string kind, string value, string rangeEnd)
    {
        var amount = Single(text, LanguageOf(language));
        Assert.That((amount.Text, amount.Kind.ToString(), amount.Value, amount.RangeEnd), Is.EqualTo((span, kind, D(value), (decimal?)D(rangeEnd))));
    }

    // A number glued to a unit, a scale or a currency by a hyphen is that amount, up to the glued part.
    [TestCase("They built a 4.2-kilometre tunnel under the river.", "en", "4.2-kilometre", "Quantity", "4.2", "kilometre")]
    [TestCase("The 26-mile route starts at dawn.", "en", "26-mile", "Quantity", "26", "mile")]
    [TestCase("Workers won a 35-hour week after the strike.", "en", "35-hour", "Quantity", "35", "hour")]
    [TestCase("Geplant ist eine 2,8-Kilometer-Trasse am Hang.", "de", "2,8-Kilometer", "Quantity", "2.8", "Kilometer")]
    [TestCase("Der 12-km-Abschnitt bleibt gesperrt.", "de", "12-km", "Quantity", "12", "km")]
    [TestCase("Die Partei scheiterte an der 5-Prozent-Hürde.", "de", "5-Prozent", "Percent", "5", "percent")]
    public void NumberGluedToItsUnit(string text, string language, string span, string kind, string value, string unit) =>
        AssertAmount(text, language, span, kind, value, unit);

    private static void AssertAmount(string text, string language, string span, string kind, string value, string? unit)
    {
        var amount = Single(text, LanguageOf(language));
        Assert.That((amount.Text, amount.Kind.ToString(), amount.Value, amount.Unit), Is.EqualTo((span, kind, D(value), unit)));
    }

    // A written-out number glued to a unit measures it as digits do; "one" counts only before a scale.
    [TestCase("The council agreed a four-week consultation on the plan.", "en", "four-week", "Quantity", "4", "week")]
    [TestCase("Tenants signed a twenty-five-year lease in May.", "en", "twenty-five-year", "Quantity", "25", "year")]
    // A German unit of one letter after a number, spaced or glued; German has no "m" for million.
    [TestCase("Die Hochspringerin meisterte 1,89 m im zweiten Anlauf.", "de", "1,89 m", "Quantity", "1.89", "m")]
    [TestCase("Der Kran hob die Last auf 12,5m Höhe.", "de", "12,5m", "Quantity", "12.5", "m")]
    [TestCase("Er gewann den Sprint in 10,21 s vor seinem Bruder.", "de", "10,21 s", "Quantity", "10.21", "s")]
    [TestCase("Im ersten Versuch scheiterte sie an 1,93 m.", "de", "1,93 m", "Quantity", "1.93", "m")]
    // English "m" glued to a number is metres unless a currency or a counted plural says million.
    [TestCase("She finished third in the 400m at the county trials.", "en", "400m", "Quantity", "400", "m")]
    [TestCase("He set a 3,000m best in Oslo last week.", "en", "3,000m", "Quantity", "3000", "m")]
    [TestCase("Nadia Kerr took the Scottish 10,000m title in Glasgow.", "en", "10,000m", "Quantity", "10000", "m")]
    [TestCase("The harbour upgrade will cost 300m euros in all.", "en", "300m euros", "Money", "300000000", null)]
    [TestCase("The drought now affects 4m households in the region.", "en", "4m households", "Quantity", "4000000", "households")]
    public void NumberWordsAndLetterUnits(string text, string language, string span, string kind, string value, string? unit) =>
        AssertAmount(text, language, span, kind, value, unit);

    [TestCase("The team won a one-off fixture and a three-legged race.")]
    [TestCase("They signed a one-month deal.")]
    [TestCase("The Six-Nations match was close.")]
    [TestCase("Durham were 230 for six comfortably before lunch.")]
    [TestCase("Shares in the FTSE 100 miner fell after the results.")]
    [TestCase("The plant runs to the ISO 9001 standard.")]
    public void NoAmountInTheseWords(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts.Select(a => a.Text), Is.Empty, text);

    // A tally right after a name is still counted (the number of a model, "Windows 11 users", is not: IsNumberOfAName),
    // and so is a count after a function word in capitals for stress.
    [TestCase("Leeds travelled to Brighton 12 points behind the leaders.", "12 points", "12")]
    [TestCase("Labour held Wigan 40 seats to 11 after the count.", "40 seats", "40")]
    [TestCase("The squad beat the GB 18 points to nil in the final.", "18 points", "18")]
    [TestCase("The bakery hired ONLY 40 bakers.", "40 bakers", "40")]
    public void TallyAfterAName(string text, string span, string value)
    {
        var amount = Analyzer.Analyze(text, language: Language.English).Amounts.Single(a => a.Kind == AmountKind.Quantity);
        Assert.That((amount.Text, amount.Value), Is.EqualTo((span, D(value))));
    }

    // A sports tally after a team's name (the indirect object of "gave", "awarded") is still a count.
    [TestCase("The referee gave the Rovers 9 penalties and the hosts three.", "9 penalties", "9")]
    [TestCase("The umpire awarded the Falcons 14 corners in the first half.", "14 corners", "14")]
    public void SportsTallyAfterATeamName(string text, string span, string value)
    {
        var amount = Analyzer.Analyze(text, language: Language.English).Amounts.Single(a => a.Kind == AmountKind.Quantity);
        Assert.That((amount.Text, amount.Value), Is.EqualTo((span, D(value))));
    }

    // A verb after a number makes the number its subject, not a count of the verb: regular ("cheered", "signed") or
    // irregular ("saw") past tenses.
    [TestCase("A crowd of 3,412 cheered the team home on Friday.")]
    [TestCase("In all, 1,250 signed the petition before the vote.")]
    [TestCase("A crowd of 9,300 saw the final at the old ground.")]
    public void NumberBeforeAVerbCountsNothing(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts.Select(a => a.Text), Is.Empty, text);

    // A participle before a plural noun still belongs to the count.
    [Test]
    public void ParticipleBeforeAPluralIsPartOfTheCount() =>
        Assert.That(Single("Police said 12 injured workers were treated at the scene.", Language.English).Text, Is.EqualTo("12 injured workers"));

    // "from X to Y" after a word of extent ("priced", "ranging") is one range; after a change word it stays two amounts.
    [TestCase("Seats are priced from £30 to £95 for members.", "£30 to £95", AmountKind.Money, "30", "95")]
    [TestCase("Sentences ranging from two to five years were handed down.", "two to five years", AmountKind.Quantity, "2", "5")]
    [TestCase("Fees vary from 10 to 40 percent of the price.", "10 to 40 percent", AmountKind.Percent, "10", "40")]
    public void FromToAfterAWordOfExtentIsARange(string text, string span, AmountKind kind, string value, string rangeEnd)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Text, amount.Kind, amount.Value, amount.RangeEnd), Is.EqualTo((span, kind, D(value), (decimal?)D(rangeEnd))));
    }

    [Test]
    public void FromToAfterAChangeVerbStaysTwoAmounts() =>
        Assert.That(Analyzer.Analyze("Season tickets rose from £300 to £345 this year.", language: Language.English).Amounts.Select(a => (a.Text, a.RangeEnd)),
            Is.EqualTo(new[] { ("£300", (decimal?)null), ("£345", (decimal?)null) }));

    [TestCase("Ein 250-Millionen-Euro-Kredit wurde bewilligt.", "de", "250-Millionen-Euro", "250000000", "EUR")]
    [TestCase("The city signed a $7.5-million contract.", "en", "$7.5-million", "7500000", "USD")]
    public void NumberGluedToScaleAndCurrencyIsMoney(string text, string language, string span, string value, string currency)
    {
        var amount = Single(text, LanguageOf(language));
        Assert.That((amount.Text, amount.Kind, amount.Value, amount.Currency), Is.EqualTo((span, AmountKind.Money, D(value), currency)));
    }

    // The score of a game glued to its number counts what happened, as a tally noun after a number does.
    [TestCase("Rovers squandered a three-goal lead at the break.", "en", "three-goal", "Quantity", "3", "goal")]
    [TestCase("Kent completed a 7-wicket win before tea.", "en", "7-wicket", "Quantity", "7", "wicket")]
    [TestCase("The club won a six-goal derby on Sunday.", "en", "six-goal", "Quantity", "6", "goal")]
    public void NumberGluedToAScoreNounCountsIt(string text, string language, string span, string kind, string value, string unit) =>
        AssertAmount(text, language, span, kind, value, unit);

    [TestCase("The minister set out a five-point plan for the buses.")]
    [TestCase("He restored an old two-stroke engine.")]
    [TestCase("Her 7-year-old son stayed home.")]
    [TestCase("They signed a 17-year old striker.")]
    [TestCase("The 3-D model was late.")]
    [TestCase("A 300-strong crowd watched a three-way race for a five-star prize.")]
    [TestCase("The two-pronged attack won a two-thirds majority in a 1960-style vote.")]
    [TestCase("Shoppers liked the 2-for-1 offer.")]
    [TestCase("The F-16 and the B-52 flew over Covid-19 wards.")]
    public void HyphenatedNumbersThatAreNoAmounts(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts, Is.Empty, text);

    // English: a number glued to any counted noun before the noun it describes counts it (corpus/README.md: a cardinal
    // that counts a following noun), as a glued unit does: "a 500-page report", "a nine-member panel".
    [TestCase("The inspectors published a 500-page report on Monday.", "en", "500-page", "Quantity", "500", "page")]
    [TestCase("A nine-member panel will hear the appeal.", "en", "nine-member", "Quantity", "9", "member")]
    [TestCase("The firm rented a 1,200-seat hall for the launch.", "en", "1,200-seat", "Quantity", "1200", "seat")]
    public void NumberGluedToACountedNounCountsIt(string text, string language, string span, string kind, string value, string unit) =>
        AssertAmount(text, language, span, kind, value, unit);

    // German glued nouns describe a person or a kind ("die 34-Jährige", "eine 3-Zimmer-Wohnung"): no amount.
    [TestCase("Die 34-Jährige bezog eine 3-Zimmer-Wohnung.")]
    public void GermanNumberGluedToANounIsNoAmount(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.German).Amounts, Is.Empty, text);

    // "over" before a span of time says how long, unless the words around it make it "more than".
    [TestCase("The county will invest £80m over six years in new roads.", "six years", AmountQualifier.Exact)]
    [TestCase("Over two weekends, 4,000 visitors toured the mill.", "two weekends", AmountQualifier.Exact)]
    [TestCase("The debt is repaid over ten years.", "ten years", AmountQualifier.Exact)]
    [TestCase("She has taught at the school for over 30 years.", "30 years", AmountQualifier.MoreThan)]
    [TestCase("The repairs took over three months.", "three months", AmountQualifier.MoreThan)]
    [TestCase("The mill closed over 40 years ago.", "40 years", AmountQualifier.MoreThan)]
    [TestCase("Applicants need over five years of experience.", "five years", AmountQualifier.MoreThan)]
    [TestCase("The river has been dry for just over six weeks.", "six weeks", AmountQualifier.MoreThan)]
    public void OverBeforeASpanOfTime(string text, string span, AmountQualifier qualifier)
    {
        var amount = Analyzer.Analyze(text, language: Language.English).Amounts.Single(a => a.Text == span);
        Assert.That(amount.Qualifier, Is.EqualTo(qualifier), text);
    }

    // The same percent word after both numbers of a range: one amount up to the second.
    [TestCase("Mortgage rates sat between 6.1% to 6.4% all spring.", "en", "6.1% to 6.4%", "6.1", "6.4")]
    [TestCase("Die Renditen lagen bei 2 Prozent bis 3 Prozent.", "de", "2 Prozent bis 3 Prozent", "2", "3")]
    public void PercentAfterEachNumberOfARange(string text, string language, string span, string value, string rangeEnd)
    {
        var amount = Single(text, LanguageOf(language));
        Assert.That((amount.Text, amount.Kind, amount.Value, amount.RangeEnd), Is.EqualTo((span, AmountKind.Percent, D(value), (decimal?)D(rangeEnd))));
    }

    // In English a bare number right after a capitalised word inside the sentence is part of a name.
    [TestCase("Fans of the Corsa Rally 4 class and Terminal 2 passengers waited.")]
    [TestCase("She bought a Lumix 9 camera for the Route 66 trip.")]
    public void NumberAfterANameCountsNothing(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts, Is.Empty, text);

    [TestCase("The Harbour Trust 40 days ago hired 12 guides.", "40 days")]
    [TestCase("Marsh Choir Grows To Nearly 300 members", "300 members")]
    public void UnitOrQualifierAfterANameStillCounts(string text, string span) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts.Select(a => a.Text), Does.Contain(span), text);

    // "ab" before an amount or "und mehr" after it is a lower bound; "nie mehr als"/"never more than" or "or fewer" an upper one.
    [TestCase("Der Rabatt gilt ab 40 Euro Einkauf.", "de", "40 Euro", AmountQualifier.AtLeast)]
    [TestCase("Im Saal saßen nie mehr als 90 Zuhörer.", "de", "90 Zuhörer", AmountQualifier.AtMost)]
    [TestCase("The ferry never carried more than 300 passengers.", "en", "300 passengers", AmountQualifier.MoreThan)]
    [TestCase("The ferry has never more than 300 passengers aboard.", "en", "300 passengers", AmountQualifier.AtMost)]
    [TestCase("Ein Zimmer kostet hier 90 Euro und mehr pro Nacht.", "de", "90 Euro", AmountQualifier.AtLeast)]
    [TestCase("Tables for six guests or fewer need no booking.", "en", "six guests", AmountQualifier.AtMost)]
    [TestCase("Tickets cost $15 or moreover a pass.", "en", "$15", AmountQualifier.Exact)]
    public void LowerAndNegatedBounds(string text, string language, string span, AmountQualifier qualifier)
    {
        var amount = Single(text, LanguageOf(language));
        Assert.That((amount.Text, amount.Qualifier), Is.EqualTo((span, qualifier)));
    }

    // A German preposition, article or pronoun between a number and a capitalised noun is no adjective of a counted
    // noun: the number names a road or line there and counts nothing.
    [TestCase("Der Stau auf der Autobahn 61 zwischen Koblenz und Bingen löste sich erst abends auf.")]
    [TestCase("Auf der Landesstraße 12 Richtung Süden staute es sich.")]
    [TestCase("Das Haus 5 unter Denkmalschutz wird saniert.")]
    [TestCase("Die Fahrgäste der Linie 14 über Gohlis warten länger.")]
    public void RoadNumbersBeforeFunctionWordsCountNothing(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.German).Amounts, Is.Empty, text);

    // An English acronym between a number and a lower-case plural modifies the plural: the plural is counted.
    [TestCase("The pilot runs in 18 GP surgeries across the county.", "18 GP surgeries", "18", "surgeries")]
    [TestCase("Inspectors visited 31 NHS hospitals last winter.", "31 NHS hospitals", "31", "hospitals")]
    [TestCase("Ministers from 9 EU states signed the letter.", "9 EU states", "9", "states")]
    public void AcronymBeforeAPluralIsPartOfTheCountedNoun(string text, string span, string value, string unit)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Text, amount.Kind, amount.Value, amount.Unit), Is.EqualTo((span, AmountKind.Quantity, D(value), unit)));
    }

    [TestCase("1,2,3,4 Euro")]
    [TestCase("1..2 Euro")]
    [TestCase("€€€")]
    [TestCase("$$$ 5 €€")]
    [TestCase("-- % -- Prozent")]
    [TestCase("zwischen und Euro bis")]
    public void MalformedNumbersNeverThrow(string text)
    {
        var amounts = Analyzer.Analyze(text, language: Language.German).Amounts;
        Assert.That(amounts.All(a => a.Text == text[a.Start..a.End]), Is.True);
        Assert.That(amounts.Where(a => a.Text.Contains(',') || a.Text.Contains("..")), Is.Empty);
    }

    [Test]
    public void HugeNumberGivesNoAmountAndNoException()
    {
        var text = new string('9', 10_000) + " Euro und " + new string('1', 40) + ",5 Millionen Dollar";
        Assert.That(Analyzer.Analyze(text, language: Language.German).Amounts, Is.Empty);
    }

    // "N times" followed by a word of frequency or the sentence's end counts occasions, which compares nothing: no
    // multiplier (and no quantity of "times"); a comparison after it is still one.
    [TestCase("Some patients wake up several hundred times a night.")]
    [TestCase("The ferry sails four times per week in winter.")]
    [TestCase("The club has won the cup five times in a row.")]
    [TestCase("She has sat the exam three times.")]
    public void TimesAsFrequencyIsNoAmount(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts, Is.Empty);

    [Test]
    public void TimesBeforeAComparisonStaysAMultiplier()
    {
        var amount = Single("The new depot holds five times as many buses as the old one.", Language.English);
        Assert.Multiple(() =>
        {
            Assert.That(amount.Kind, Is.EqualTo(AmountKind.Multiplier));
            Assert.That(amount.Value, Is.EqualTo(5m));
        });
    }

    // An adjective before a name or acronym that modifies the plural: the number counts the plural, not the adjective.
    [TestCase("The bakery was started by two former Nokia engineers in a garage.", "two former Nokia engineers", "engineers", "2")]
    [TestCase("The panel heard from three retired BBC presenters on Monday.", "three retired BBC presenters", "presenters", "3")]
    public void AdjectiveBeforeANameAndThePluralItCounts(string text, string span, string unit, string value)
    {
        var amount = Single(text, Language.English);
        Assert.Multiple(() =>
        {
            Assert.That(amount.Kind, Is.EqualTo(AmountKind.Quantity));
            Assert.That(amount.Text, Is.EqualTo(span));
            Assert.That(amount.Unit, Is.EqualTo(unit));
            Assert.That(amount.Value, Is.EqualTo(D(value)));
        });
    }

    // The name between the number and the counted plural stays an entity inside the quantity.
    [Test]
    public void NameInsideAQuantityStaysAnEntity()
    {
        var result = Analyzer.Analyze("The start-up was founded in 2019 by two former Siemens engineers from Munich.", language: Language.English);
        Assert.That(result.Entities.Select(e => e.Text), Does.Contain("Siemens"));
    }
    // A German genitive number word ("zweier", "dreier") counts the noun after it like "zwei" or "drei".
    [TestCase("Der Stadtrat folgte dem Antrag zweier Anwohnerinnen aus der Südstadt.", "zweier Anwohnerinnen", "Anwohnerinnen", "2")]
    [TestCase("Die Firma entstand aus der Fusion dreier Familienbetriebe im Allgäu.", "dreier Familienbetriebe", "Familienbetriebe", "3")]
    public void GermanGenitiveNumberWordCounts(string text, string span, string unit, string value)
    {
        var amount = Single(text, Language.German);
        Assert.Multiple(() =>
        {
            Assert.That(amount.Kind, Is.EqualTo(AmountKind.Quantity));
            Assert.That(amount.Text, Is.EqualTo(span));
            Assert.That(amount.Unit, Is.EqualTo(unit));
            Assert.That(amount.Value, Is.EqualTo(D(value)));
        });
    }

    // Capitalised "Dreier" or "Zweier" is a noun (a three-pointer, a boat), not a number; "zweierlei" is no number either.
    [TestCase("Kurz vor Schluss traf Weber einen Dreier zum Ausgleich.")]
    [TestCase("Im Zweier Mannschaften zu trennen, fiel dem Trainer schwer.")]
    [TestCase("Das Museum zeigt zweierlei Ansichten der Altstadt.")]
    public void CapitalisedGenitiveNumberNounIsNoAmount(string text)
    {
        Assert.That(Analyzer.Analyze(text, language: Language.German).Amounts, Is.Empty);
    }

    // An adverb after a number that counts nothing ("with 19 still needed") is no counted noun.
    [TestCase("Harris was caught at long-on with 23 still required from the last two overs.")]
    [TestCase("The hosts had won 4 already when the rain arrived.")]
    public void AdverbAfterANumberIsNoCountedNoun(string text)
    {
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts.Where(a => a.Kind == AmountKind.Quantity && a.Unit is "still" or "already"), Is.Empty);
    }

    // A number before a personal or possessive pronoun counts nothing: it is an age, a score or a date.
    [TestCase("At 19 she joined the first team, the youngest in its history.", "en")]
    [TestCase("By 30 his knees had gone and he retired from the game.", "en")]
    [TestCase("With 12 they were the smallest squad in the league.", "en")]
    [TestCase("Schon mit 17 wir alle im Verein, erinnerte sich der Trainer.", "de")]
    public void NumberBeforeAPronounIsNoAmount(string text, string language) =>
        Assert.That(Analyzer.Analyze(text, language: LanguageOf(language)).Amounts.Select(a => a.Text), Is.Empty, text);

    // An acronym in capitals that is no unit stays counted after a lower-case word ("die drei AKW"); the pronoun rule
    // does not make a capitalised acronym of the same letters ("IT") a pronoun.
    [TestCase("Nach dem Beschluss gingen die drei AKW vom Netz.", "de", "drei AKW", "3")]
    [TestCase("Durch den Ort fahren täglich 20.000 PKW.", "de", "20.000 PKW", "20000")]
    [TestCase("Das neue Windrad liefert 6 MW Strom.", "de", "6 MW", "6")]
    public void AnAcronymAfterALowerCaseWordIsCounted(string text, string language, string span, string value) =>
        Assert.That((Single(text, LanguageOf(language)).Text, Single(text, LanguageOf(language)).Value), Is.EqualTo((span, D(value))));

    // German: a number between a capitalised name or series letter and an abbreviation in capitals that is no unit is a
    // model's designation ("Neoplan N 516 SHD") and counts nothing; the count of the vehicles beside it stays.
    [TestCase("Der Verein fährt mit drei Bussen vom Typ Neoplan N 516 SHD zum Auswärtsspiel.", "drei Bussen")]
    [TestCase("Das Autohaus verkaufte einen Golf 8 GTI und zwölf Kleinwagen.", "zwölf Kleinwagen")]
    public void GermanModelDesignationIsNoAmount(string text, string span) =>
        Assert.That(Analyzer.Analyze(text, language: Language.German).Amounts.Select(a => a.Text), Is.EqualTo(new[] { span }));

    // A number in a product's name after a possessive counts nothing ("Halden’s Bonus 95 notice account").
    [TestCase("Savers in Halden’s Bonus 95 notice account will earn more from June.")]
    [TestCase("Customers of the bank’s Easy 30 notice product were told in a letter.")]
    public void NumberOfANameAfterAPossessiveIsNoAmount(string text) =>
        Assert.That(Analyzer.Analyze(text, language: Language.English).Amounts.Select(a => a.Text), Is.Empty, text);

    // A round number word after a word of an unknown count ("a few hundred", "mehrere tausend") names no value.
    [TestCase("A few hundred thousand of them have moved their savings since May.", "en")]
    [TestCase("Several dozen protesters gathered outside the depot on Friday.", "en")]
    [TestCase("Mehrere hundert Anwohner protestierten am Samstag gegen die Sperrung.", "de")]
    [TestCase("Ein paar tausend Besucher kamen trotz des Regens.", "de")]
    public void RoundNumberWordAfterAVagueCountIsNoAmount(string text, string language) =>
        Assert.That(Analyzer.Analyze(text, language: LanguageOf(language)).Amounts.Select(a => a.Text), Is.Empty, text);

    // "a hundred", "two thousand" and "some hundred" still count.
    [TestCase("Some hundred residents signed the petition.", "hundred residents", "100")]
    [TestCase("Two thousand runners started the race in the rain.", "Two thousand runners", "2000")]
    public void RoundNumberWordWithoutAVagueCountIsCounted(string text, string span, string value) =>
        Assert.That((Single(text, Language.English).Text, Single(text, Language.English).Value), Is.EqualTo((span, D(value))));

    // English: a number word, then a capitalised name that modifies a plural ("Seven Green councillors"), counts the plural.
    [TestCase("Seven Green councillors voted against the budget.", "Seven Green councillors", "7")]
    [TestCase("Three Chelsea players missed the flight to Madrid.", "Three Chelsea players", "3")]
    public void NumberThenANameBeforeAPluralCountsThePlural(string text, string span, string value) =>
        Assert.That((Single(text, Language.English).Text, Single(text, Language.English).Value), Is.EqualTo((span, D(value))));

    // A currency's plain name after an amount, which CLDR gives only with its country's adjective ("Brasilianischer Real").
    [TestCase("Der Bergbaukonzern verdiente im Jahr 3,2 Milliarden Real.", "de", "3,2 Milliarden Real", "3200000000", "BRL")]
    [TestCase("Die Brauerei investiert 45 Millionen Zloty in Breslau.", "de", "45 Millionen Zloty", "45000000", "PLN")]
    [TestCase("Der Auftrag ist 12 Milliarden Forint wert.", "de", "12 Milliarden Forint", "12000000000", "HUF")]
    [TestCase("Ein Brot kostet in Istanbul inzwischen 20 Lira.", "de", "20 Lira", "20", "TRY")]
    [TestCase("The miner earned 2.5 billion reais last year.", "en", "2.5 billion reais", "2500000000", "BRL")]
    [TestCase("The brewer will invest 80 million zlotys in a new plant.", "en", "80 million zlotys", "80000000", "PLN")]
    [TestCase("A loaf now costs 30 rand in Durban.", "en", "30 rand", "30", "ZAR")]
    public void PlainCurrencyNameAfterANumberIsMoney(string text, string language, string span, string value, string currency)
    {
        var amount = Single(text, LanguageOf(language));
        Assert.That((amount.Kind, amount.Text, amount.Value, amount.Currency), Is.EqualTo((AmountKind.Money, span, D(value), currency)));
    }

    // Before a number a currency's plain name is a name or a noun, never the amount's currency ("Real 3 Tore").
    [TestCase("Gegen Real 3 Tore zu schießen, gelang zuletzt nur Barcelona.", "3 Tore")]
    [TestCase("Im Hinspiel hatte Real 2 Chancen und nutzte keine.", "2 Chancen")]
    public void PlainCurrencyNameBeforeANumberIsNoCurrency(string text, string span) =>
        Assert.That(Analyzer.Analyze(text, language: Language.German).Amounts.Select(a => (a.Text, a.Kind)), Is.EqualTo(new[] { (span, AmountKind.Quantity) }));

    // German "von X auf Y <unit of measure>": the bare start shares the target's unit ("von 3,9 auf 11,7 Milligramm").
    [TestCase("Der Bleigehalt sank von 0,8 auf 0,3 Mikrogramm je Liter.", "0,8", "0.8", "Mikrogramm", "0,3 Mikrogramm")]
    [TestCase("Die Radroute wurde von 12 auf 17 Kilometer verlängert.", "12", "12", "Kilometer", "17 Kilometer")]
    [TestCase("Die Fahrzeit verkürzt sich von 5 auf 4 Stunden.", "5", "5", "Stunden", "4 Stunden")]
    public void GermanChangeStartTakesTheTargetsUnit(string text, string span, string value, string unit, string target)
    {
        var amounts = Analyzer.Analyze(text, language: Language.German).Amounts;
        Assert.That(amounts.Select(a => (a.Text, a.Kind, a.Unit)), Is.EqualTo(new[] { (span, AmountKind.Quantity, unit), (target, AmountKind.Quantity, unit) }));
        Assert.That(amounts[0].Value, Is.EqualTo(D(value)));
    }

    // A counted noun after the target is not shared: the start may count something else.
    [Test]
    public void GermanChangeStartDoesNotTakeACountedNoun() =>
        Assert.That(Analyzer.Analyze("Der Kader wuchs von 22 auf 25 Spielerinnen.", language: Language.German).Amounts.Select(a => a.Text), Is.EqualTo(new[] { "25 Spielerinnen" }));

    // English: after a change word, a bare number "to" a number in percentage points is a range; points are never a level.
    [TestCase("The reform should cut the jobless rate by two to three percentage points over a decade.", "two to three percentage points", "2", "3")]
    [TestCase("Turnout fell 5 to 6 percentage points in the northern wards.", "5 to 6 percentage points", "5", "6")]
    public void ChangeByARangeOfPercentagePoints(string text, string span, string value, string rangeEnd)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Kind, amount.Text, amount.Value, amount.RangeEnd, amount.Unit), Is.EqualTo((AmountKind.Percent, span, D(value), (decimal?)D(rangeEnd), "percentage points")));
    }

    // A change "to" a level stays a change ("rose 2 points to 41 per cent" is no range).
    [Test]
    public void ChangeToALevelIsNoRange() =>
        Assert.That(Analyzer.Analyze("Support rose 2 to 41 per cent in the poll.", language: Language.English).Amounts.Select(a => (a.Text, a.RangeEnd)),
            Is.EqualTo(new[] { ("41 per cent", (decimal?)null) }));

    // English: a number, an optional adjective, a product's name and model code, then the plural it counts.
    [TestCase("The ferry line will buy four Damen 3007 tugs next spring.", "four Damen 3007 tugs", "4", "tugs")]
    [TestCase("Police will lease 30 electric Skoda Enyaq80 cars for patrols.", "30 electric Skoda Enyaq80 cars", "30", "cars")]
    [TestCase("The operator runs eleven ATR 72-600 turboprops from Aberdeen.", "eleven ATR 72-600 turboprops", "11", "turboprops")]
    public void NumberThenANameAndModelCodeCountsThePlural(string text, string span, string value, string unit)
    {
        var amount = Single(text, Language.English);
        Assert.That((amount.Kind, amount.Text, amount.Value, amount.Unit), Is.EqualTo((AmountKind.Quantity, span, D(value), unit)));
    }
}
