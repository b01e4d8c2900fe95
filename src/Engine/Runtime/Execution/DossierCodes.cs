using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

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
        var counter = await db.DossierCodeCounters.SingleOrDefaultAsync(c => c.AgencyCode == agencyCode && c.Day == day, cancellationToken);
        if (counter is null)
        {
            counter = new DossierCodeCounterRecord { AgencyCode = agencyCode, Day = day, LastValue = 0, Version = 0 };
            db.DossierCodeCounters.Add(counter);
        }

        counter.LastValue++;
        counter.Version++;
        return Format(pattern, agencyCode, localDate, counter.LastValue);
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
