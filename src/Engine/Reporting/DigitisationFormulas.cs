namespace Workflow.Engine.Reporting;

/// <summary>
/// The definitions of the digitisation figures (Decision 766/QĐ-TTg group on digitised dossiers and
/// results; Decree 107/2021 and Circular 01/2023 on digitisation at receipt; Decree 45/2020 on
/// electronic results and reuse), in words a leader reads on the dashboard and in the Excel file.
/// </summary>
public static class DigitisationFormulas
{
    public static readonly FigureDefinition DigitisedAtReceipt = new("digitisedAtReceipt",
        "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "Share of dossiers digitised at receipt",
        "Hồ sơ tiếp nhận trong kỳ mà mọi thành phần nộp bản giấy đều đã được Bộ phận Một cửa số hóa / hồ sơ tiếp nhận trong kỳ có ít nhất một thành phần nộp bản giấy (thành phần đã nộp bản điện tử không tính là bản giấy)",
        "Dossiers accepted in the period whose every component received on paper was digitised by the one-stop desk / dossiers accepted in the period with at least one component received on paper (a component filed electronically is not paper)");

    public static readonly FigureDefinition ElectronicResults = new("electronicResults",
        "Tỷ lệ hồ sơ có kết quả điện tử", "Share of dossiers with an electronic result",
        "Hồ sơ đã giải quyết trong kỳ có ít nhất một kết quả điện tử đã ký số (kể cả đã thu hồi sau đó) / hồ sơ đã giải quyết trong kỳ",
        "Dossiers finished in the period with at least one signed electronic result (even if revoked later) / dossiers finished in the period");

    public static readonly FigureDefinition ReusedFromStore = new("reusedFromStore",
        "Tỷ lệ thành phần hồ sơ tái sử dụng từ kho dữ liệu điện tử", "Share of components reused from the electronic data store",
        "Thành phần hồ sơ được lấy từ kho quản lý dữ liệu điện tử của tổ chức, cá nhân (không phải nộp lại) / thành phần hồ sơ của các hồ sơ tiếp nhận trong kỳ (mỗi giấy tờ tính một lần cho mỗi hồ sơ, dù nộp bản giấy hay bản điện tử)",
        "Components taken from the holder's electronic data store (not brought again) / components of the dossiers accepted in the period (each document once per dossier, on paper or electronic)");

    public static IReadOnlyList<FigureDefinition> All { get; } = [DigitisedAtReceipt, ElectronicResults, ReusedFromStore];
}
