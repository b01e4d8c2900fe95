using System.Globalization;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;
using Workflow.Engine.Runtime.States;

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

    /// <summary>How a dossier or step finished against its due, as the indicators' bases print it.</summary>
    public static string PunctualityName(Punctuality punctuality, CultureInfo? culture) => punctuality switch
    {
        Punctuality.Early => Text.Pick(culture, "Trước hạn", "Early"),
        Punctuality.OnTime => Text.Pick(culture, "Đúng hạn", "On time"),
        _ => Text.Pick(culture, "Quá hạn", "Late"),
    };

    public static string OnlineModeName(OnlineMode mode, CultureInfo? culture) => mode switch
    {
        OnlineMode.Full => Text.Pick(culture, "trực tuyến toàn trình", "full online"),
        OnlineMode.Partial => Text.Pick(culture, "trực tuyến một phần", "partly online"),
        _ => Text.Pick(culture, "không trực tuyến", "not online"),
    };

    public static string DeliveryName(ResultDelivery delivery, CultureInfo? culture) => delivery switch
    {
        ResultDelivery.Online => Text.Pick(culture, "trả kết quả trực tuyến", "result online"),
        ResultDelivery.Post => Text.Pick(culture, "trả kết quả qua bưu chính", "result by post"),
        _ => Text.Pick(culture, "trả kết quả tại Bộ phận một cửa", "result at the desk"),
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
