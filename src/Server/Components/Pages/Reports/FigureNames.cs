using Workflow.Engine.Reporting.Drilldown;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Pages.Reports;

/// <summary>The figures a reader can open, as the report's columns name them.</summary>
public static class FigureNames
{
    public static string Of(ReportFigure figure) => figure switch
    {
        ReportFigure.Received => T("Tổng số hồ sơ nhận giải quyết", "Dossiers to resolve"),
        ReportFigure.CarriedOver => T("Kỳ trước chuyển qua", "Carried over"),
        ReportFigure.NewReceived => T("Mới tiếp nhận", "Newly received"),
        ReportFigure.NewOnline => T("Mới tiếp nhận trực tuyến", "New online"),
        ReportFigure.NewAtDesk => T("Mới tiếp nhận trực tiếp", "New at the desk"),
        ReportFigure.NewByPost => T("Mới tiếp nhận qua bưu chính", "New by post"),
        ReportFigure.NewAtDeskOrByPost => T("Mới tiếp nhận trực tiếp và qua bưu chính công ích", "New at the desk and by post"),
        ReportFigure.Finished => T("Đã giải quyết", "Finished"),
        ReportFigure.FinishedEarly => T("Giải quyết trước hạn", "Finished early"),
        ReportFigure.FinishedOnTime => T("Giải quyết đúng hạn", "Finished on time"),
        ReportFigure.FinishedLate => T("Giải quyết quá hạn", "Finished late"),
        ReportFigure.FinishedUnclassified => T("Giải quyết, không xác định hạn", "Finished, no due instant"),
        ReportFigure.FinishedAfterApology => T("Giải quyết sau thư xin lỗi", "Finished after an apology"),
        ReportFigure.RejectedInProcessing => T("Từ chối giải quyết", "Rejected during processing"),
        ReportFigure.ClosedWithoutResult => T("Rút hồ sơ, dừng xử lý", "Withdrawn or stopped"),
        ReportFigure.InProgress => T("Đang giải quyết", "In progress"),
        ReportFigure.InProgressWithinTime => T("Đang giải quyết, trong hạn", "In progress, within time"),
        ReportFigure.InProgressOverdue => T("Đang giải quyết, quá hạn", "In progress, overdue"),
        ReportFigure.Returned => T("Đã trả kết quả", "Results returned"),
        ReportFigure.Withdrawn => T("Rút hồ sơ", "Withdrawn"),
        ReportFigure.RefusedAtIntake => T("Từ chối tiếp nhận", "Refused at intake"),
        ReportFigure.Ratings => T("Lượt đánh giá", "Ratings"),
        ReportFigure.VerySatisfied => T("Rất hài lòng", "Very satisfied"),
        ReportFigure.Satisfied => T("Hài lòng", "Satisfied"),
        ReportFigure.NotSatisfied => T("Không hài lòng", "Not satisfied"),
        _ => figure.ToString(),
    };
}
