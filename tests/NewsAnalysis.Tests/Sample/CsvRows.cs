using System.Globalization;
using CsvHelper;

namespace NewsAnalysis.Tests.Sample;

/// <summary>Reads a CSV file the tool wrote back as rows keyed by header, for the tests' assertions.</summary>
internal static class CsvRows
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }
}
