using Workflow.Engine.Definitions.Model;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Shared;

/// <summary>How a dossier came in (portal channel codes 1-3).</summary>
public static class ChannelNames
{
    public static string Of(Channel channel) => channel switch
    {
        Channel.Online => T("Trực tuyến", "Online"),
        Channel.Post => T("Bưu chính công ích", "Public postal service"),
        _ => T("Trực tiếp tại Bộ phận một cửa", "At the one-stop desk"),
    };

    public static string Of(OnlineMode mode) => mode switch
    {
        OnlineMode.Full => T("Toàn trình", "Full online"),
        OnlineMode.Partial => T("Một phần", "Partial online"),
        _ => T("Không trực tuyến", "Not online"),
    };
}
