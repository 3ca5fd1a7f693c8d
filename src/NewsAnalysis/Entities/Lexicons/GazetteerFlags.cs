namespace NewsAnalysis.Entities.Lexicons;

/// <summary>
/// What the gazetteer knows about one word (a token as written). Several bits can be set: "Paris" is a city
/// and a first name, "Bank" an organisation head noun and a common noun.
/// </summary>
[Flags]
internal enum GazetteerFlags : ushort
{
    /// <summary>Not in any list.</summary>
    None = 0,

    /// <summary>A given name (Berlin first-name register, international first-name database).</summary>
    FirstName = 1 << 0,

    /// <summary>A family name (GermaNER surname list).</summary>
    Surname = 1 << 1,

    /// <summary>A city or town (German municipalities, GeoNames cities, CLDR exemplar cities).</summary>
    City = 1 << 2,

    /// <summary>A region: federal state, province, continent or world region.</summary>
    Region = 1 << 3,

    /// <summary>A country name, short or long form (CLDR, ISO 3166, Auswärtiges Amt).</summary>
    Country = 1 << 4,

    /// <summary>The core of a company name (company register extracts with the legal form removed).</summary>
    Company = 1 << 5,

    /// <summary>A legal form or company ending: GmbH, AG, SE, Inc., Ltd, plc.</summary>
    LegalForm = 1 << 6,

    /// <summary>A head noun of organisation names: Bank, Partei, Universität, Verlag, Ministry.</summary>
    OrgHead = 1 << 7,

    /// <summary>A title or role before a person's name: Dr., Ministerin, CEO, President.</summary>
    PersonTitle = 1 << 8,

    /// <summary>A common noun of the language ("Mensch" the noun), from treebank nouns.</summary>
    CommonNoun = 1 << 9,

    /// <summary>A currency name or sign: Euro, Dollar, Franken (never an entity).</summary>
    Currency = 1 << 10,

    /// <summary>A nationality or language word: deutsche, Deutscher, German, French.</summary>
    Demonym = 1 << 11,

    /// <summary>The first word of a multi-word name in the lists ("New" of "New York").</summary>
    MultiWordFirst = 1 << 12,

    /// <summary>A later word of a multi-word name in the lists ("York" of "New York").</summary>
    MultiWordInside = 1 << 13,

    /// <summary>A month or weekday name (capitalised, but never an entity on its own).</summary>
    DateWord = 1 << 14,

    /// <summary>A function word of the language (article, pronoun, preposition, conjunction).</summary>
    FunctionWord = 1 << 15,
}
