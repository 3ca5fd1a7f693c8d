namespace NewsAnalysis.Languages;

/// <summary>The languages the pipeline knows. Anything else is <see cref="Other"/>.</summary>
public enum Language
{
    /// <summary>Neither German nor English (or too little text to tell).</summary>
    Other = 0,
    /// <summary>German (<c>de</c>).</summary>
    German = 1,
    /// <summary>English (<c>en</c>).</summary>
    English = 2,
}

/// <summary>Conversions between <see cref="Language"/> and ISO 639-1 codes.</summary>
public static class LanguageCodes
{
    /// <summary>The ISO 639-1 code: <c>de</c>, <c>en</c>, or <c>other</c>.</summary>
    /// <param name="language">The language.</param>
    public static string ToCode(this Language language) => language switch
    {
        Language.German => "de",
        Language.English => "en",
        _ => "other",
    };

    /// <summary>
    /// Parses a code such as <c>de</c>, <c>de-CH</c>, <c>en</c>, <c>en-GB</c>, <c>german</c> or <c>other</c>
    /// (case-insensitive). Returns false for anything else.
    /// </summary>
    /// <param name="code">The code to parse.</param>
    /// <param name="language">The parsed language.</param>
    public static bool TryParse(string? code, out Language language)
    {
        language = Language.Other;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var c = code.Trim();
        var dash = c.IndexOfAny(['-', '_']);
        var primary = dash > 0 ? c[..dash] : c;
        if (primary.Equals("de", StringComparison.OrdinalIgnoreCase) || primary.Equals("deu", StringComparison.OrdinalIgnoreCase)
            || primary.Equals("ger", StringComparison.OrdinalIgnoreCase) || primary.Equals("german", StringComparison.OrdinalIgnoreCase))
        {
            language = Language.German;
            return true;
        }

        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase) || primary.Equals("eng", StringComparison.OrdinalIgnoreCase)
            || primary.Equals("english", StringComparison.OrdinalIgnoreCase))
        {
            language = Language.English;
            return true;
        }

        if (primary.Equals("other", StringComparison.OrdinalIgnoreCase) || primary.Equals("und", StringComparison.OrdinalIgnoreCase))
        {
            language = Language.Other;
            return true;
        }

        return false;
    }
}
