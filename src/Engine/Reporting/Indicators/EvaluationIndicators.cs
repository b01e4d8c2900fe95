namespace Workflow.Engine.Reporting.Indicators;

/// <summary>
/// The indicators this report computes, with formulas and scales, and those it cannot. Circular
/// 01/2018/TT-VPCP scores each dossier 0, 1 or 2 points on nine indices (Decree 61 art. 31);
/// Decision 766/QĐ-TTg (2022) gives 100 points in five groups.
/// </summary>
public static class EvaluationIndicators
{
    public static readonly IndicatorDefinition TotalTime = new("c01-1-total-time",
        "Chỉ số 1: Tổng thời gian giải quyết so với quy định", "Index 1: total time against the statutory time",
        "Theo kết quả giải quyết hồ sơ so với hạn: trước hạn 2 điểm, đúng hạn 1 điểm, quá hạn 0 điểm",
        "From when the dossier was finished against its due: early 2 points, on time 1, late 0", ScaleAssumed: true);

    public static readonly IndicatorDefinition TimeAtEachAgency = new("c01-2-time-at-each-agency",
        "Chỉ số 2: Thời gian thực hiện của từng cơ quan, đơn vị tham gia (kể cả phối hợp)", "Index 2: time at each agency, coordinating ones included",
        "Theo hạn từng bước của mọi đơn vị đã xử lý hồ sơ: mọi bước trước hạn 2 điểm; không bước nào quá hạn 1 điểm; có bước quá hạn 0 điểm",
        "From each step's punctuality at every unit that worked on the dossier: all steps early 2 points; none late 1; any late 0", ScaleAssumed: true);

    public static readonly IndicatorDefinition TimesCameBack = new("c01-3-times-came-back",
        "Chỉ số 3: Số lần phải liên hệ để hoàn thiện hồ sơ", "Index 3: times the citizen had to come back to complete the dossier",
        "Số lần = yêu cầu hoàn thiện khi tiếp nhận + yêu cầu bổ sung khi giải quyết, ghi trong nhật ký hồ sơ; 0 lần 2 điểm, 1 lần 1 điểm, nhiều hơn 0 điểm",
        "Times = requests to complete at intake + supplement requests during processing, in the dossier's journal; 0 → 2 points, 1 → 1, more → 0", ScaleAssumed: false);

    public static readonly IndicatorDefinition AgenciesContacted = new("c01-4-agencies-contacted",
        "Chỉ số 4: Số cơ quan, đơn vị phải liên hệ", "Index 4: agencies the citizen had to contact",
        "Số đơn vị khác nhau công dân gặp: đơn vị tiếp nhận và đơn vị của cán bộ ghi nhận việc công dân đến nộp, bổ sung, nộp tiền (receive-at-desk, resubmit, supplement-received, payment-confirmed không qua cổng thanh toán); 1 đơn vị 2 điểm, 2 đơn vị 1 điểm, 3 trở lên 0 điểm",
        "Distinct units the citizen dealt with: the receiving unit and the unit of every officer who recorded the citizen coming to file, complete, supplement or pay (receive-at-desk, resubmit, supplement-received, payment-confirmed not by the gateway); 1 unit → 2 points, 2 → 1, 3 or more → 0", ScaleAssumed: true);

    public static readonly IndicatorDefinition OneStopDesk = new("c01-5-one-stop-desk",
        "Chỉ số 5: Tiếp nhận, giải quyết, trả kết quả qua Bộ phận một cửa", "Index 5: received, resolved and returned through the one-stop desk",
        "Hồ sơ được tiếp nhận tại Bộ phận một cửa của đơn vị tiếp nhận (luôn đúng trong hệ thống) và bước trả kết quả do chính đơn vị đó thực hiện: 2 điểm; trả ở đơn vị khác: 0 điểm; chưa trả hoặc không có bước trả kết quả (từ chối giải quyết): không chấm",
        "Received at the receiving unit's one-stop desk (always so in this system) and the return step done by that same unit: 2 points; returned by another unit: 0; not returned or no return step (refused to resolve): not scored", ScaleAssumed: true);

    public static readonly IndicatorDefinition FeedbackHandling = new("c01-8-feedback",
        "Chỉ số 8: Tiếp thu, giải trình ý kiến phản ánh, kiến nghị", "Index 8: handling of feedback and complaints",
        "Phản ánh, kiến nghị về hồ sơ: mọi ý kiến được trả lời đúng hạn 2 điểm; có ý kiến trả lời quá hạn 1 điểm; có ý kiến quá hạn chưa trả lời 0 điểm; không có ý kiến: không chấm",
        "Feedback about the dossier: all answered in time 2 points; any answered late 1; any unanswered past its deadline 0; no feedback: not scored", ScaleAssumed: true);

    public static readonly IndicatorDefinition OnlineService = new("c01-9-online-service",
        "Chỉ số 9: Tiến độ cung cấp dịch vụ công trực tuyến (phần có dữ liệu)", "Index 9: progress of online service (the part the data supports)",
        "Hồ sơ toàn trình (nộp trực tuyến, thủ tục toàn trình, không nộp tiền ngoài cổng thanh toán, nhận kết quả trực tuyến hoặc qua bưu chính) 2 điểm; nộp trực tuyến khác 1 điểm; không trực tuyến 0 điểm",
        "Full-online dossier (filed online, a full-online procedure, nothing paid outside the payment gateway, result online or by post) 2 points; other online filing 1; not online 0", ScaleAssumed: true);

    public static readonly IndicatorDefinition Progress = new("d766-progress",
        "Nhóm tiến độ giải quyết (20 điểm)", "Progress group (20 points)",
        "20 × (trước hạn + đúng hạn) / số hồ sơ đã giải quyết trong kỳ",
        "20 × (early + on time) / dossiers finished in the period", ScaleAssumed: true);

    public static readonly IndicatorDefinition OnlineGroup = new("d766-online-service",
        "Nhóm dịch vụ trực tuyến (22 điểm)", "Online service group (22 points)",
        "11 × hồ sơ toàn trình / hồ sơ của thủ tục toàn trình tiếp nhận trong kỳ + 11 × khoản thanh toán qua cổng / khoản thanh toán được xác nhận trong kỳ",
        "11 × full-online dossiers / dossiers of full-online procedures accepted in the period + 11 × gateway payments / payments confirmed in the period", ScaleAssumed: true);

    public static readonly IndicatorDefinition SatisfactionGroup = new("d766-satisfaction",
        "Nhóm mức độ hài lòng (18 điểm)", "Satisfaction group (18 points)",
        "18 × (rất hài lòng + hài lòng) / số đánh giá trong kỳ",
        "18 × (very satisfied + satisfied) / ratings in the period", ScaleAssumed: true);

    public static readonly IndicatorDefinition DigitisationGroup = new("d766-digitisation",
        "Nhóm số hóa hồ sơ, kết quả (22 điểm)", "Digitisation group (22 points)",
        "22/3 × hồ sơ được số hóa khi tiếp nhận / hồ sơ tiếp nhận trong kỳ có thành phần bản giấy + 22/3 × hồ sơ có kết quả điện tử / hồ sơ đã giải quyết trong kỳ + 22/3 × thành phần tái sử dụng từ kho dữ liệu điện tử / thành phần hồ sơ tiếp nhận trong kỳ",
        "22/3 × dossiers digitised at receipt / dossiers accepted in the period with paper components + 22/3 × dossiers with an electronic result / dossiers finished in the period + 22/3 × components reused from the electronic data store / components of the dossiers accepted in the period", ScaleAssumed: true);

    public static IReadOnlyList<IndicatorDefinition> Circular01 { get; } =
        [TotalTime, TimeAtEachAgency, TimesCameBack, AgenciesContacted, OneStopDesk, FeedbackHandling, OnlineService];

    public static IReadOnlyList<UnsupportedIndicator> Unsupported { get; } =
    [
        new("c01-6-public-listing", "Chỉ số 6: Công khai thủ tục hành chính", "Index 6: public listing of the procedure",
            "Không được ghi nhận: hệ thống không lưu nơi, thời điểm niêm yết công khai thủ tục.",
            "Not recorded: the system does not store where and when a procedure was publicly listed."),
        new("c01-7-officer-attitude", "Chỉ số 7: Thái độ của cán bộ", "Index 7: officer attitude",
            "Không được ghi nhận: công dân chỉ đánh giá một mức hài lòng chung cho hồ sơ, không đánh giá riêng thái độ cán bộ.",
            "Not recorded: the citizen gives one overall satisfaction level per dossier, not a rating of officer attitude."),
        new("c01-9-online-quality", "Chỉ số 9: Chất lượng dịch vụ công trực tuyến", "Index 9: quality of online service",
            "Không được ghi nhận: chỉ có kênh nộp, cách nhận kết quả và cách thanh toán; không có đánh giá chất lượng dịch vụ trực tuyến.",
            "Not recorded: only the filing channel, the result delivery and the payment method are stored; there is no rating of the online service's quality."),
        new("c01-3-citizen-fault", "Chỉ số 3: ngoại lệ do lỗi của công dân", "Index 3: the citizen's-fault exception",
            "Không được ghi nhận: yêu cầu bổ sung không ghi lỗi thuộc về ai, nên mọi lần liên hệ lại đều được tính.",
            "Not recorded: a supplement request does not say whose fault it was, so every return counts."),
        new("c01-agency-grade", "Xếp loại cơ quan (Điều 15 Thông tư 01/2018)", "Agency grade (Circular 01/2018 art. 15)",
            "Không tính được: cần đủ chín chỉ số, trong khi chỉ số 6 và 7 không được ghi nhận.",
            "Cannot be computed: it needs all nine indices, and indices 6 and 7 are not recorded."),
        new("d766-transparency", "Quyết định 766: nhóm công khai, minh bạch (18 điểm)", "Decision 766: transparency group (18 points)",
            "Không được ghi nhận: việc công bố, công khai thủ tục và việc đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia không được lưu (hệ thống lập được gói dữ liệu đồng bộ nhưng không ghi lại việc gửi).",
            "Not recorded: publication of procedures and synchronisation of dossiers to the national portal are not stored (the system builds the sync payload but does not log its delivery)."),
        new("d766-weights", "Quyết định 766: trọng số từng chỉ tiêu con", "Decision 766: weights of sub-indicators",
            "Không có văn bản để đối chiếu: điểm mỗi nhóm được tính tỷ lệ thuận với tỷ lệ đạt (giả định, xem công thức của từng nhóm).",
            "The text was not available to check: each group's points are proportional to its ratio (an assumption, see each group's formula)."),
    ];
}
