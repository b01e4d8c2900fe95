using System.Globalization;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Reporting;

/// <summary>Names of channels and groupings as reports print them.</summary>
public static class ReportLabels
{
    public static string ChannelName(Channel channel, CultureInfo? culture) => channel switch
    {
        Channel.Online => Text.Pick(culture, "Trực tuyến", "Online"),
        Channel.Post => Text.Pick(culture, "Qua dịch vụ bưu chính công ích", "Public postal service"),
        _ => Text.Pick(culture, "Trực tiếp tại Bộ phận một cửa", "At the one-stop desk"),
    };

    public static string GroupingName(ReportGrouping grouping, CultureInfo? culture) => grouping switch
    {
        ReportGrouping.Procedure => Text.Pick(culture, "Thủ tục hành chính", "Procedure"),
        ReportGrouping.Field => Text.Pick(culture, "Lĩnh vực", "Field"),
        ReportGrouping.Channel => Text.Pick(culture, "Kênh tiếp nhận", "Channel"),
        _ => Text.Pick(culture, "Đơn vị", "Unit"),
    };

    public static string AllUnits(CultureInfo? culture) => Text.Pick(culture, "Tất cả đơn vị", "All units");

    public static bool TryParseGrouping(string? text, out ReportGrouping grouping) =>
        Enum.TryParse(text, ignoreCase: true, out grouping) && Enum.IsDefined(grouping);
}
