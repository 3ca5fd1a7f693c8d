using System.Globalization;
using System.Text;
using NewsAnalysis.Languages;
using NewsAnalysis.Serialization;

namespace NewsAnalysis.Sample.Rendering;

/// <summary>
/// Renders analyses as one self-contained HTML page (no scripts, no external files): the article text with
/// entities coloured by type, amounts with their normalised value on hover, and quotes with a speaker label —
/// like displaCy, for our three kinds. Every piece of text and every attribute is escaped, and a Content
/// Security Policy forbids scripts, so an article containing <c>&lt;script&gt;</c> shows it as text.
/// </summary>
internal static class HtmlRenderer
{
    /// <summary>No scripts, no fetches, no frames: the page is inert even if escaping were ever wrong.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private const string Style = """
        body { font: 16px/1.6 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
        header.legend { font-size: 0.85rem; margin-bottom: 1.5rem; }
        header.legend span { margin-right: 0.6rem; }
        article.document { border-top: 1px solid #ccc; padding-top: 1rem; margin-bottom: 2.5rem; }
        article.document h1 { font-size: 1.3rem; margin: 0 0 0.3rem; }
        p.meta { color: #666; font-size: 0.85rem; margin: 0 0 1rem; }
        div.text { white-space: pre-wrap; overflow-wrap: anywhere; }
        mark { padding: 0.05em 0.25em; border-radius: 0.3em; color: inherit; }
        mark.entity::after { content: attr(data-type); font-size: 0.65em; font-weight: bold; margin-left: 0.3em; vertical-align: middle; }
        .entity-per { background: #d7e9ff; }
        .entity-org { background: #ffe0b3; }
        .entity-loc { background: #d4f5d4; }
        .entity-misc { background: #eadcff; }
        mark.amount, mark.amount-legend { background: #fff3a6; border-bottom: 2px dotted #a88f00; cursor: help; }
        span.quote { border-left: 3px solid #999; background: #f4f4f4; padding: 0 0.2em; }
        span.quote::before { content: attr(data-label); font-size: 0.7em; font-weight: bold; color: #555; margin-right: 0.3em; }
        span.quote-direct { border-color: #2a7ae2; }
        span.quote-partial { border-color: #6bb36b; }
        span.quote-scare { border-color: #bbb; }
        """;

    /// <summary>Starts a page: head with the policy and the styles, and the legend.</summary>
    public static void WriteStart(TextWriter writer, string title)
    {
        writer.Write("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<title>{Escape(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        writer.Write("<header class=\"legend\">");
        foreach (var (type, css) in new[] { ("PER", "per"), ("ORG", "org"), ("LOC", "loc"), ("MISC", "misc") })
        {
            writer.Write($"<span><mark class=\"entity-{css}\">{type}</mark></span>");
        }

        writer.Write("<span><mark class=\"amount-legend\">amount (hover for the value)</mark></span>");
        writer.Write("<span class=\"quote-legend\">▍quote with speaker</span></header>\n");
    }

    /// <summary>Ends a page.</summary>
    public static void WriteEnd(TextWriter writer) => writer.Write("</body>\n</html>\n");

    /// <summary>Writes one document as an <c>article</c> element.</summary>
    public static void WriteDocument(TextWriter writer, ArticleAnalysis analysis)
    {
        var lang = analysis.Language == Language.Other ? string.Empty : $" lang=\"{analysis.Language.ToCode()}\"";
        writer.Write($"<article class=\"document\" data-id=\"{Escape(analysis.Id)}\"{lang}>\n");
        writer.Write($"<h1>{Escape(analysis.Title ?? analysis.Id)}</h1>\n");
        writer.Write($"<p class=\"meta\">{Escape(analysis.Id)} · {analysis.Language.ToCode()} · {analysis.Entities.Length} entities · {analysis.Amounts.Length} amounts · {analysis.Quotes.Length} quotes</p>\n");
        writer.Write("<div class=\"text\">");
        WriteText(writer, analysis);
        writer.Write("</div>\n</article>\n");
    }

    /// <summary>Escapes text for element content and double-quoted attribute values.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            // Plain characters go in as they are: no string per character.
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static void WriteText(TextWriter writer, ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var quotes = NonOverlapping(analysis.Quotes.Select(q => new Mark(q.OuterStart, q.OuterEnd, QuoteOpen(q))));

        // Entities and amounts nest inside quotes; one that would cross a quote boundary (or overlap another
        // mark) is left unmarked rather than producing broken nesting.
        var inner = NonOverlapping(
            analysis.Entities.Select(e => new Mark(e.Start, e.End, EntityOpen(e.Type, e.CanonicalName)))
                .Concat(analysis.Amounts.Select(a => new Mark(a.Start, a.End, AmountOpen(a)))))
            .Where(m => !quotes.Any(q => (m.Start < q.Start && m.End > q.Start) || (m.Start < q.End && m.End > q.End)))
            .ToList();

        var position = 0;
        var next = 0;
        foreach (var quote in quotes)
        {
            WritePlain(writer, text, position, quote.Start, inner, ref next);
            writer.Write(quote.Open);
            WritePlain(writer, text, quote.Start, quote.End, inner, ref next);
            writer.Write("</span>");
            position = quote.End;
        }

        WritePlain(writer, text, position, text.Length, inner, ref next);
    }

    private static void WritePlain(TextWriter writer, string text, int start, int end, List<Mark> marks, ref int next)
    {
        var position = start;
        while (next < marks.Count && marks[next].End <= end)
        {
            var mark = marks[next++];
            writer.Write(Escape(text[position..mark.Start]));
            writer.Write(mark.Open);
            writer.Write(Escape(text[mark.Start..mark.End]));
            writer.Write("</mark>");
            position = mark.End;
        }

        writer.Write(Escape(text[position..end]));
    }

    private static List<Mark> NonOverlapping(IEnumerable<Mark> marks)
    {
        var kept = new List<Mark>();
        foreach (var mark in marks.Where(m => m.End > m.Start).OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (kept.Count == 0 || mark.Start >= kept[^1].End)
            {
                kept.Add(mark);
            }
        }

        return kept;
    }

    private static string EntityOpen(Entities.EntityType type, string? canonical)
    {
        var name = AnalysisJson.TypeName(type);
        var title = canonical is null ? name : $"{name}: {canonical}";
        return $"<mark class=\"entity entity-{name.ToLowerInvariant()}\" data-type=\"{name}\" title=\"{Escape(title)}\">";
    }

    private static string AmountOpen(Amounts.Amount amount)
    {
        var kind = AnalysisJson.KindName(amount.Kind);
        var value = Output.CsvSink.Plain(amount.Value);
        var range = amount.RangeEnd is { } r ? "–" + Output.CsvSink.Plain(r) : string.Empty;
        var unit = amount.Currency ?? amount.Unit;
        var qualifier = amount.Qualifier == Amounts.AmountQualifier.Exact ? string.Empty : $" ({AnalysisJson.QualifierName(amount.Qualifier)})";
        var title = string.Create(CultureInfo.InvariantCulture, $"{kind}: {value}{range}{(unit is null ? string.Empty : " " + unit)}{qualifier}");
        return $"<mark class=\"amount amount-{kind}\" data-kind=\"{kind}\" data-value=\"{value}\" title=\"{Escape(title)}\">";
    }

    private static string QuoteOpen(Quotes.Quote quote)
    {
        var kind = AnalysisJson.KindName(quote.Kind);
        var label = quote.Speaker is not null ? quote.Speaker : kind;
        var speaker = quote.Speaker is null ? string.Empty : $" data-speaker=\"{Escape(quote.Speaker)}\"";
        return $"<span class=\"quote quote-{kind}\" data-kind=\"{kind}\"{speaker} data-label=\"{Escape(label)}\" title=\"{Escape(kind + (quote.Speaker is null ? string.Empty : ": " + quote.Speaker))}\">";
    }

    private readonly record struct Mark(int Start, int End, string Open);
}
