using System.Text;

namespace NewsAnalysis.Sample.Input;

/// <summary>
/// Chooses how an input file is decoded: a byte order mark (UTF-8, UTF-16, UTF-32) wins, else strict UTF-8,
/// unless <c>--encoding</c> forces one. Invalid bytes are not replaced silently: they decode to
/// <see cref="InvalidMarker"/>, and the record (line, CSV row, file) that contains one fails on its own, so a
/// stray byte never stops the rest of a file.
/// </summary>
internal static class TextDecoding
{
    /// <summary>
    /// What an undecodable byte sequence turns into: U+FDD0, a Unicode noncharacter (reserved for internal
    /// use, never text), so a record that contains it is known to have had invalid bytes.
    /// </summary>
    public const char InvalidMarker = '\uFDD0';

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Resolves an <c>--encoding</c> name (utf-8, utf-16, utf-16be, latin1, windows-1252, …), or null.</summary>
    public static Encoding? FromName(string name)
    {
        var normalized = name.Trim().ToLowerInvariant();
        var encoding = normalized switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false),
            "utf-16" or "utf16" or "utf-16le" or "unicode" => new UnicodeEncoding(false, false),
            "utf-16be" => new UnicodeEncoding(true, false),
            "latin1" or "latin-1" or "iso-8859-1" => Encoding.Latin1,
            _ => TryGetEncoding(normalized),
        };
        return encoding is null ? null : Marking(encoding);
    }

    /// <summary>
    /// Opens a reader over a file: the forced encoding, else the one its byte order mark names (the mark is
    /// skipped), else UTF-8. The stream is left positioned after the mark.
    /// </summary>
    public static StreamReader Open(Stream stream, Encoding? forced)
    {
        var encoding = forced ?? Sniff(stream);
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    /// <summary>A short reason for a record that contained invalid bytes.</summary>
    public static string InvalidBytesReason(Encoding? forced) =>
        forced is null
            ? "invalid UTF-8 bytes (use UTF-8, UTF-16 with a byte order mark, or --encoding, e.g. latin1)"
            : $"bytes that are invalid in {forced.WebName}";

    private static Encoding Sniff(Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        var read = 0;
        while (read < 4)
        {
            var n = stream.Read(head[read..]);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        head = head[..read];
        (Encoding encoding, int bom) choice = head switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false), 2),
            _ => (new UTF8Encoding(false), 0),
        };
        stream.Position = choice.bom;
        return Marking(choice.encoding);
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // Not a known encoding name: the caller reports a usage error.
            return null;
        }
    }

    private static Encoding Marking(Encoding encoding)
    {
        var clone = (Encoding)encoding.Clone();
        clone.DecoderFallback = new DecoderReplacementFallback(InvalidMarker.ToString());
        return clone;
    }
}
