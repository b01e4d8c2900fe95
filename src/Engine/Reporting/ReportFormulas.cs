namespace Workflow.Engine.Reporting;

/// <summary>
/// Every figure of the dossier report with its definition, in words a leader reads on the dashboard
/// and in the Excel notes (no column or command names). "The period" is [00:00 of the first day,
/// 00:00 of the day after the last day) in Vietnam time; "finished" means the result was ready
/// (FinishedAt), whether issued or a written refusal to resolve.
/// </summary>
public static class ReportFormulas
{
    public static readonly FigureDefinition CarriedOver = new("carriedOver", "Số kỳ trước chuyển qua", "Carried over",
        "Hồ sơ tiếp nhận trước đầu kỳ và đến đầu kỳ vẫn chưa có kết quả, chưa rút, chưa dừng xử lý",
        "Accepted before the period and, at its start, without a result, not withdrawn and not stopped");

    public static readonly FigureDefinition NewReceived = new("newReceived", "Số mới tiếp nhận", "Newly received",
        "Hồ sơ được tiếp nhận trong kỳ (từ đầu ngày đầu kỳ đến hết ngày cuối kỳ), chia theo kênh: trực tuyến (2), trực tiếp (1), bưu chính công ích (3); hồ sơ qua bưu chính tính từ lúc ký biên bản bàn giao",
        "Dossiers accepted in the period (from the start of its first day to the end of its last), by channel: online (2), desk (1), public postal service (3); postal dossiers count from the signed handover");

    public static readonly FigureDefinition Received = new("received", "Tổng số hồ sơ nhận giải quyết", "Total to resolve",
        "Kỳ trước chuyển qua + mới tiếp nhận trực tuyến + trực tiếp + bưu chính",
        "Carried over + new online + new at the desk + new by post");

    public static readonly FigureDefinition Finished = new("finished", "Số hồ sơ đã giải quyết", "Finished",
        "Hồ sơ đã tiếp nhận, có kết quả trong kỳ (ngày có kết quả trong kỳ: kết quả đã sẵn sàng, cấp hoặc văn bản từ chối giải quyết), không tính hồ sơ rút hoặc dừng xử lý = trước hạn + đúng hạn + quá hạn (+ không xác định hạn)",
        "Accepted dossiers whose result became ready in the period (the result was ready in the period: issued, or a written refusal to resolve), excluding withdrawn and stopped ones = early + on time + late (+ without a due instant)");

    public static readonly FigureDefinition FinishedEarly = new("finishedEarly", "Trước hạn", "Early",
        "Đã giải quyết, ngày có kết quả trước ngày của hạn giải quyết",
        "Finished on a local day before the due instant's day");

    public static readonly FigureDefinition FinishedOnTime = new("finishedOnTime", "Đúng hạn", "On time",
        "Đã giải quyết trong ngày của hạn, không sau thời điểm hạn; hồ sơ đã xin lỗi, hẹn lại được so với ngày hẹn mới",
        "Finished on the due day, not after the due instant; a dossier rescheduled by an apology is compared with its new appointment");

    public static readonly FigureDefinition FinishedLate = new("finishedLate", "Quá hạn", "Late",
        "Đã giải quyết sau thời điểm hạn",
        "Finished after the due instant");

    public static readonly FigureDefinition OnTimeRate = new("onTimeRate", "Tỷ lệ giải quyết đúng hạn", "On-time rate",
        "(Trước hạn + Đúng hạn) / Số hồ sơ đã giải quyết; không tính khi chưa có hồ sơ nào được giải quyết",
        "(Early + On time) / Finished; not given when nothing was finished");

    public static readonly FigureDefinition InProgressWithinTime = new("inProgressWithinTime", "Đang giải quyết, trong hạn", "In progress, within time",
        "Đã tiếp nhận trước cuối kỳ, chưa có kết quả, chưa rút, chưa dừng lúc cuối kỳ, và hạn giải quyết hiện hành không trước cuối kỳ, hoặc thời hạn đang tạm dừng chờ công dân",
        "Accepted before the end, not finished, withdrawn or stopped at the end, and its current due instant not before the end, or its clock paused for the citizen");

    public static readonly FigureDefinition InProgressOverdue = new("inProgressOverdue", "Đang giải quyết, quá hạn", "In progress, overdue",
        "Như trên nhưng hạn giải quyết hiện hành trước cuối kỳ; hạn hiện hành gồm cả ngày hẹn lại sau thư xin lỗi",
        "As above with the current due instant before the end; the current due includes a new appointment after an apology");

    public static readonly FigureDefinition ClosedWithoutResult = new("closedWithoutResult", "Rút hồ sơ, dừng xử lý", "Withdrawn or stopped",
        "Hồ sơ đã tiếp nhận, rút theo yêu cầu hoặc bị dừng xử lý trong kỳ; cột này để tổng số nhận = đã giải quyết + rút/dừng + đang giải quyết",
        "Accepted dossiers withdrawn or stopped in the period; with it, total = finished + withdrawn/stopped + in progress");

    public static readonly FigureDefinition Returned = new("returned", "Đã trả kết quả", "Results returned",
        "Hồ sơ được trả kết quả trong kỳ (tại Bộ phận một cửa, trực tuyến, hoặc lúc giao cho bưu chính)",
        "Dossiers whose result was returned in the period (at the desk, online, or when handed to the postal service)");

    public static readonly FigureDefinition SupplementRequests = new("supplementRequests", "Yêu cầu bổ sung hồ sơ", "Supplement requests",
        "Số lần yêu cầu công dân bổ sung hồ sơ trong quá trình giải quyết, ghi trong nhật ký hồ sơ trong kỳ",
        "Times the citizen was asked to supplement the dossier during processing, as journaled in the period");

    public static readonly FigureDefinition AskedToComplete = new("askedToComplete", "Yêu cầu hoàn thiện khi tiếp nhận", "Asked to complete at intake",
        "Số lần Bộ phận một cửa hướng dẫn hoàn thiện hồ sơ khi tiếp nhận (hồ sơ chưa được tiếp nhận), ghi trong nhật ký hồ sơ trong kỳ",
        "Times the desk asked for a dossier to be completed at intake (it was not accepted), as journaled in the period");

    public static readonly FigureDefinition Apologies = new("apologies", "Phiếu xin lỗi, hẹn lại", "Apologies issued",
        "Số phiếu xin lỗi và hẹn lại ngày trả kết quả ghi trong nhật ký hồ sơ trong kỳ (mỗi hồ sơ tối đa một lần)",
        "Apologies with a new appointment journaled in the period (at most one per dossier)");

    public static readonly FigureDefinition Withdrawn = new("withdrawn", "Rút hồ sơ", "Withdrawn",
        "Hồ sơ rút theo yêu cầu của công dân trong kỳ, trước hoặc sau khi tiếp nhận",
        "Dossiers withdrawn at the citizen's request in the period, before or after acceptance");

    public static readonly FigureDefinition RefusedAtIntake = new("refusedAtIntake", "Từ chối tiếp nhận", "Refused at intake",
        "Hồ sơ Bộ phận một cửa từ chối tiếp nhận trong kỳ",
        "Dossiers the desk refused to accept in the period");

    public static readonly FigureDefinition RejectedInProcessing = new("rejectedInProcessing", "Từ chối giải quyết", "Rejected during processing",
        "Hồ sơ có văn bản từ chối giải quyết trong kỳ; đã tính trong số đã giải quyết",
        "Dossiers answered with a written refusal to resolve in the period; included in Finished");

    public static readonly FigureDefinition OnlineShare = new("onlineShare", "Tỷ lệ tiếp nhận trực tuyến", "Online share",
        "Mới tiếp nhận trực tuyến / Số mới tiếp nhận", "New online / Newly received");

    public static readonly FigureDefinition PostalShare = new("postalShare", "Tỷ lệ tiếp nhận qua bưu chính", "Postal share",
        "Mới tiếp nhận qua bưu chính / Số mới tiếp nhận", "New by post / Newly received");

    public static readonly FigureDefinition Satisfaction = new("satisfaction", "Mức độ hài lòng", "Satisfaction",
        "Số đánh giá công dân gửi trong kỳ theo mức: rất hài lòng, hài lòng, không hài lòng; tỷ lệ hài lòng trở lên = (rất hài lòng + hài lòng) / số đánh giá",
        "Ratings citizens gave in the period per level; satisfied or better = (very satisfied + satisfied) / ratings");

    public static readonly FigureDefinition AverageProcessingTime = new("averageProcessingDays", "Thời gian giải quyết bình quân (ngày làm việc)", "Average processing time (working days)",
        "Trung bình trên các hồ sơ đã giải quyết trong kỳ của: thời gian làm việc từ lúc tiếp nhận đến lúc có kết quả theo lịch làm việc của đơn vị tiếp nhận, trừ thời gian làm việc tạm dừng chờ công dân (bổ sung hồ sơ, nộp phí), chia cho độ dài ngày làm việc chuẩn (8 giờ)",
        "Mean over the dossiers finished in the period of: working time from acceptance to the result on the receiving unit's calendar, less the working time the clock stood paused for the citizen (a supplement, a fee), divided by the standard working day (8 hours)");

    public static readonly FigureDefinition LateHandoffs = new("lateHandoffs", "Chuyển hồ sơ trễ hạn theo đơn vị", "Late handoffs by unit",
        "Các lần chuyển hồ sơ trong kỳ (ghi trong nhật ký) theo đơn vị giao và đánh giá trước hạn / đúng hạn / trễ hạn của lần chuyển; bước xử lý hoàn thành trong kỳ theo đơn vị và đánh giá hạn của bước; hồ sơ quá hạn được tính cho mỗi đơn vị có ít nhất một bước trễ hạn",
        "Handoffs in the period (as journaled) by giving unit and whether each was early, on time or late; steps completed in the period by unit and whether each met its due; a late dossier counts against each unit that had at least one late step in it");

    public static IReadOnlyList<FigureDefinition> All { get; } =
    [
        Received, CarriedOver, NewReceived, Finished, FinishedEarly, FinishedOnTime, FinishedLate, OnTimeRate,
        InProgressWithinTime, InProgressOverdue, ClosedWithoutResult, Returned, SupplementRequests, AskedToComplete,
        Apologies, Withdrawn, RefusedAtIntake, RejectedInProcessing, OnlineShare, PostalShare, Satisfaction,
        AverageProcessingTime, LateHandoffs,
    ];
}
