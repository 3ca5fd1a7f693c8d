namespace NewsAnalysis.Quotes;

/// <summary>What a quotation is.</summary>
public enum QuoteKind
{
    /// <summary>A speaker's own words, at least a clause.</summary>
    Direct,
    /// <summary>A fragment of someone's words embedded in the author's sentence.</summary>
    Partial,
    /// <summary>A term, title, name or irony in quotation marks; nobody said it.</summary>
    Scare,
}
