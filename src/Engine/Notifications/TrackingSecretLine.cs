namespace Workflow.Engine.Notifications;

/// <summary>
/// The line that gives a citizen the dossier's tracking secret in the first message about it. It is the
/// body's first line, so the shortened text message keeps it; once the message is sent the dispatcher
/// masks the secret in the stored body, since the dossier keeps only its hash and the receipt omits it.
/// </summary>
internal static class TrackingSecretLine
{
    private const string Label = "Mã tra cứu hồ sơ: ";

    private const string Masked = "(đã gửi cho người nộp, không lưu lại)";

    public static string Write(string secret, string dossierCode) =>
        $"{Label}{secret} (dùng cùng mã hồ sơ {dossierCode} để tra cứu, thanh toán và đánh giá; không cho người khác biết).";

    /// <summary>The body with the secret on its first line replaced by a mask; any other body unchanged.</summary>
    public static string Redact(string body)
    {
        if (!body.StartsWith(Label, StringComparison.Ordinal))
        {
            return body;
        }

        var end = body.IndexOf(' ', Label.Length);
        return end < 0 ? body : Label + Masked + body[end..];
    }
}
