namespace NewsAnalysis.Tokenization;

/// <summary>The coarse class of a token, decided by the tokenizer from its characters and context.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including hyphenated compounds, gender forms and abbreviations ("KI-Start-up", "z.B.").</summary>
    Word,
    /// <summary>A number in any notation ("1,5", "1.000.000", "3.5", "25-fache" is a <see cref="Word"/>).</summary>
    Number,
    /// <summary>An ordinal number written with a dot ("3.", "19.").</summary>
    Ordinal,
    /// <summary>A date written with dots or slashes ("14.03.2024", "14.03.").</summary>
    Date,
    /// <summary>A time of day, duration or score written with a colon ("10:30", "2:1").</summary>
    Time,
    /// <summary>A punctuation mark other than a quotation mark (".", ",", "…", "–", "(").</summary>
    Punctuation,
    /// <summary>A quotation mark of any convention („ “ ” ‚ ‘ ’ » « › ‹ " ').</summary>
    QuoteMark,
    /// <summary>A symbol such as a currency sign, "%", "§", "&amp;" or "+".</summary>
    Symbol,
    /// <summary>A web address ("https://example.org/a", "www.example.de").</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social-media handle ("@newsroom").</summary>
    Handle,
    /// <summary>A hashtag ("#KI").</summary>
    Hashtag,
    /// <summary>An emoji or emoticon, including combined sequences.</summary>
    Emoji,
    /// <summary>A model, product or version name mixing letters and digits ("GPT-4", "8x7B", "v3.1", "A380").</summary>
    Alphanumeric,
    /// <summary>A clitic split off a word ("'s", "n't", "'ll").</summary>
    Clitic,
}
