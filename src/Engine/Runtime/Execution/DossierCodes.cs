using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Dossier codes: the receiving agency's code, the local receipt date and the day's serial
/// number (Circular 01/2018 art. 19), by a configurable pattern. The serial comes from a
/// counter row updated in the receiving command's transaction, so two desks never get the same one.
/// </summary>
internal static partial class DossierCodes
{
    public static async Task<string> NextAsync(WorkflowDbContext db, string pattern, string agencyCode, DateOnly localDate, CancellationToken cancellationToken)
    {
        var day = localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // One atomic upsert that also locks the counter row until the receiving command commits,
        // so two desks of one agency never get the same serial, on any of the databases.
        var serial = db switch
        {
            SqlServerWorkflowDbContext => await db.Database.SqlQuery<int>($"""
                MERGE dossier_code_counters WITH (HOLDLOCK) AS c
                USING (SELECT {agencyCode} AS AgencyCode, {day} AS Day) AS k ON c.AgencyCode = k.AgencyCode AND c.Day = k.Day
                WHEN MATCHED THEN UPDATE SET LastValue = c.LastValue + 1, Version = c.Version + 1
                WHEN NOT MATCHED THEN INSERT (AgencyCode, Day, LastValue, Version) VALUES (k.AgencyCode, k.Day, 1, 1)
                OUTPUT inserted.LastValue AS Value;
                """).ToListAsync(cancellationToken),
            _ => await db.Database.SqlQuery<int>($"""
                INSERT INTO dossier_code_counters ("AgencyCode", "Day", "LastValue", "Version") VALUES ({agencyCode}, {day}, 1, 1)
                ON CONFLICT ("AgencyCode", "Day") DO UPDATE SET "LastValue" = dossier_code_counters."LastValue" + 1, "Version" = dossier_code_counters."Version" + 1
                RETURNING "LastValue" AS "Value"
                """).ToListAsync(cancellationToken),
        };
        return Format(pattern, agencyCode, localDate, serial.Single());
    }

    public static string Format(string pattern, string agencyCode, DateOnly localDate, int serial) =>
        Placeholder().Replace(pattern, match =>
        {
            var name = match.Groups["name"].Value;
            var format = match.Groups["format"].Success ? match.Groups["format"].Value : null;
            return name switch
            {
                "agency" => agencyCode,
                "date" => localDate.ToString(format ?? "yyMMdd", CultureInfo.InvariantCulture),
                "seq" => serial.ToString(CultureInfo.InvariantCulture).PadLeft(int.Parse(format ?? "4", CultureInfo.InvariantCulture), '0'),
                _ => throw new FormatException($"Unknown placeholder {{{name}}} in the dossier code pattern \"{pattern}\"; use {{agency}}, {{date:yyMMdd}} and {{seq:4}}."),
            };
        });

    [GeneratedRegex(@"\{(?<name>[a-z]+)(:(?<format>[^}]+))?\}")]
    private static partial Regex Placeholder();
}
