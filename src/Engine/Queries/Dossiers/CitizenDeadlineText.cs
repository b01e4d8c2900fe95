using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>The citizen's deadline on a wait as people read it: its last day (dd/MM/yyyy) and what its passing does.</summary>
public static class CitizenDeadlineText
{
    public static string Of(DateTimeOffset due, CitizenDeadlineEffect? effect, CultureInfo? culture)
    {
        var day = VietnamTime.FormatDate(VietnamTime.LocalDate(due));
        return effect == CitizenDeadlineEffect.Return
            ? Text.Pick(culture, $"hết ngày {day}; quá hạn thì hồ sơ được trả lại", $"until the end of {day}; after that the dossier is returned")
            : Text.Pick(culture, $"hết ngày {day}; quá hạn thì dừng giải quyết hồ sơ", $"until the end of {day}; after that processing stops");
    }
}
