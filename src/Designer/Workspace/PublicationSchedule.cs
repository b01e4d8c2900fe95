using Workflow.Engine.Calendars;
using static Workflow.Designer.Localization.DesignerText;

namespace Workflow.Designer.Workspace;

/// <summary>
/// What publishing a version on an effective date means for new dossiers: the version in force
/// until the day before (if any, with its own effective date), and the new one from that date.
/// Running dossiers keep the version they started on.
/// </summary>
public sealed record PublicationSchedule(string ProcedureId, int Version, DateOnly EffectiveFrom, int? VersionInForceUntilThen, DateOnly? ItsEffectiveFrom)
{
    /// <summary>The last receipt date the version in force until then still applies to.</summary>
    public DateOnly LastDayOfVersionInForce => EffectiveFrom.AddDays(-1);

    /// <summary>"v2 (hiệu lực từ 01/07/2025) vẫn áp dụng cho hồ sơ nhận đến hết ngày 03/01/2027; v3 áp dụng cho hồ sơ nhận từ ngày 04/01/2027."</summary>
    public string Sentence
    {
        get
        {
            var from = VietnamTime.FormatDate(EffectiveFrom);
            if (VersionInForceUntilThen is not { } previous)
            {
                return T($"Chưa có phiên bản nào đang áp dụng; v{Version} áp dụng cho hồ sơ nhận từ ngày {from}.",
                    $"No version is in force yet; v{Version} applies to dossiers received from {from}.");
            }

            var until = VietnamTime.FormatDate(LastDayOfVersionInForce);
            var since = ItsEffectiveFrom is { } date ? VietnamTime.FormatDate(date) : null;
            return T($"v{previous}{(since is null ? "" : $" (hiệu lực từ {since})")} vẫn áp dụng cho hồ sơ nhận đến hết ngày {until}; v{Version} áp dụng cho hồ sơ nhận từ ngày {from}.",
                $"v{previous}{(since is null ? "" : $" (in force since {since})")} still applies to dossiers received up to {until}; v{Version} applies to dossiers received from {from}.");
        }
    }
}
