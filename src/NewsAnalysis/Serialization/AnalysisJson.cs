using System.Text.Json;
using NewsAnalysis.Amounts;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Quotes;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Serialization;

/// <summary>
/// Writes an <see cref="ArticleAnalysis"/> as the documented JSON contract (camelCase; offsets are UTF-16
/// indices into the analysed text). One object per document; the <c>analyze</c> command writes one per line.
/// </summary>
public static class AnalysisJson
{
    /// <summary>Writes <paramref name="analysis"/> as one JSON object.</summary>
    /// <param name="writer">The target writer.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="includeTokens">Whether to write the <c>tokens</c> array.</param>
    public static void Write(Utf8JsonWriter writer, ArticleAnalysis analysis, bool includeTokens = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        writer.WriteStartObject();
        writer.WriteString("id", analysis.Id);
        if (analysis.Title is not null)
        {
            writer.WriteString("title", analysis.Title);
        }

        writer.WriteString("language", analysis.Language.ToCode());
        writer.WriteNumber("length", text.Length);

        writer.WriteStartArray("sentences");
        foreach (var s in analysis.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", s.Start);
            writer.WriteNumber("end", s.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        if (includeTokens)
        {
            writer.WriteStartArray("tokens");
            foreach (var t in analysis.Tokens)
            {
                writer.WriteStartObject();
                writer.WriteString("text", t.Span);
                writer.WriteNumber("start", t.Start);
                writer.WriteNumber("end", t.End);
                writer.WriteString("kind", KindName(t.Kind));
                writer.WriteBoolean("spaceAfter", t.WhitespaceAfter);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("entities");
        foreach (var e in analysis.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("text", e.Text);
            writer.WriteString("type", TypeName(e.Type));
            writer.WriteNumber("start", e.Start);
            writer.WriteNumber("end", e.End);
            if (e.CanonicalName is not null)
            {
                writer.WriteString("canonical", e.CanonicalName);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // One object per entity of the article (document-level pass): canonical name, type, every mention.
        writer.WriteStartArray("consolidatedEntities");
        foreach (var entity in analysis.ConsolidatedEntities)
        {
            writer.WriteStartObject();
            writer.WriteString("name", entity.Name);
            writer.WriteString("type", TypeName(entity.Type));
            writer.WriteStartArray("mentions");
            foreach (var m in entity.Mentions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", m.Start);
                writer.WriteNumber("end", m.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("amounts");
        foreach (var a in analysis.Amounts)
        {
            writer.WriteStartObject();
            writer.WriteString("text", a.Text);
            writer.WriteString("kind", KindName(a.Kind));
            writer.WriteNumber("value", a.Value);
            if (a.RangeEnd is { } rangeEnd)
            {
                writer.WriteNumber("rangeEnd", rangeEnd);
            }

            WriteNullableString(writer, "currency", a.Currency);
            WriteNullableString(writer, "unit", a.Unit);
            writer.WriteString("qualifier", QualifierName(a.Qualifier));
            writer.WriteNumber("start", a.Start);
            writer.WriteNumber("end", a.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (var q in analysis.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("text", q.Text);
            writer.WriteString("kind", KindName(q.Kind));
            WriteNullableString(writer, "speaker", q.Speaker);
            writer.WriteNumber("start", q.Start);
            writer.WriteNumber("end", q.End);
            writer.WriteNumber("outerStart", q.OuterStart);
            writer.WriteNumber("outerEnd", q.OuterEnd);
            WriteQuoteSpan(writer, "speakerMention", q.SpeakerMention);
            WriteQuoteSpan(writer, "cue", q.Cue);
            if (q.SpeakerEntity is { } speakerEntity)
            {
                writer.WriteStartObject("speakerEntity");
                writer.WriteString("name", speakerEntity.Name);
                writer.WriteString("type", TypeName(speakerEntity.Type));
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speakerEntity");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Serialises <paramref name="analysis"/> to a compact JSON string.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="includeTokens">Whether to include the <c>tokens</c> array.</param>
    public static string Serialize(ArticleAnalysis analysis, bool includeTokens = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, analysis, includeTokens);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The JSON name of a token kind ("word", "quoteMark", ...).</summary>
    /// <param name="kind">The kind.</param>
    public static string KindName(TokenKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>The JSON name of an amount kind: money, percent, quantity or multiplier.</summary>
    /// <param name="kind">The kind.</param>
    public static string KindName(AmountKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>The JSON name of a quote kind: direct, partial or scare.</summary>
    /// <param name="kind">The kind.</param>
    public static string KindName(QuoteKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>The JSON name of an entity type: PER, ORG, LOC or MISC.</summary>
    /// <param name="type">The type.</param>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>The JSON name of a qualifier: exact, approximately, more than, less than, at least, at most, up to.</summary>
    /// <param name="qualifier">The qualifier.</param>
    public static string QualifierName(AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.Approximately => "approximately",
        AmountQualifier.MoreThan => "more than",
        AmountQualifier.LessThan => "less than",
        AmountQualifier.AtLeast => "at least",
        AmountQualifier.AtMost => "at most",
        AmountQualifier.UpTo => "up to",
        _ => "exact",
    };

    private static void WriteQuoteSpan(Utf8JsonWriter writer, string name, QuoteSpan? span)
    {
        if (span is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("text", span.Text);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
