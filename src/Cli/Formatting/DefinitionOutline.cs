using System.Globalization;
using System.Text;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Model.Steps;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Formatting;

/// <summary>A definition as a person reads it: the public facts first, then the internal process step by step.</summary>
public static class DefinitionOutline
{
    public static string Render(ProcedureDefinition d, CultureInfo culture)
    {
        string T(string vi, string en) => Text.Pick(culture, vi, en);
        var text = new StringBuilder();
        var status = d.Status == DefinitionStatus.Published ? T("đã ban hành", "published") : T("bản nháp", "draft");
        var effective = d.EffectiveFrom is { } from ? T($", hiệu lực từ {from:dd/MM/yyyy}", $", in force from {from:dd/MM/yyyy}") : "";
        text.AppendLine($"{(Text.IsEnglish(culture) && d.NameEn is not null ? d.NameEn : d.Name)}");
        text.AppendLine($"  {d.Id} v{d.Version}{(d.Code is null ? "" : T($", mã {d.Code}", $", code {d.Code}"))} — {status}{effective}");
        text.AppendLine($"  {T("Lĩnh vực", "Field")}: {d.Field} · {T("Cấp", "Level")}: {Level(d.Level, culture)} · {T("Tiếp nhận tại", "Received at")}: {d.ReceivingUnitKind}");
        text.AppendLine($"  {T("Thời hạn giải quyết", "Statutory time")}: {Duration(d.StatutoryTime.ToDuration(), culture)}{(d.StatutoryTime.Note is { } note ? $" — {note}" : "")}");
        foreach (var alternative in d.StatutoryTime.Alternatives)
        {
            text.AppendLine($"    {T("khi", "when")} {alternative.When}: {Duration(new Duration(alternative.Value, alternative.Unit), culture)}");
        }

        text.AppendLine($"  {T("Yêu cầu bổ sung", "Supplement request")}: {Clock(d.Supplement.Clock, culture)}");
        text.AppendLine($"  {T("Dịch vụ công trực tuyến", "Online service")}: {Online(d.OnlineMode, culture)} · {T("Kênh", "Channels")}: {string.Join(", ", d.Channels.Select(c => ChannelName(c, culture)))}");
        if (d.Fees.Count > 0)
        {
            text.AppendLine($"  {T("Phí, lệ phí", "Fees")}:");
            foreach (var fee in d.Fees)
            {
                var amount = fee.Tiers.Count > 0
                    ? string.Join("; ", fee.Tiers.Select(t => $"{t.From}{(t.To is { } to ? $"-{to}" : "+")}: {Money(t.Amount)}/{fee.Per}"))
                    : $"{Money(fee.Amount ?? 0)}/{fee.Per}";
                var cap = fee.Max is { } max ? T($", tối đa {Money(max)}/{fee.MaxPer}", $", at most {Money(max)}/{fee.MaxPer}") : "";
                text.AppendLine($"    - {fee.Name}: {amount}{cap}");
            }
        }

        text.AppendLine($"  {T("Thành phần hồ sơ", "Documents")}:");
        foreach (var document in d.Documents)
        {
            var counts = new List<string>();
            if (document.Originals > 0) counts.Add(T($"{document.Originals} bản chính", $"{document.Originals} original"));
            if (document.CertifiedCopies > 0) counts.Add(T($"{document.CertifiedCopies} bản sao chứng thực", $"{document.CertifiedCopies} certified copy"));
            if (document.Photocopies > 0) counts.Add(T($"{document.Photocopies} bản sao", $"{document.Photocopies} photocopy"));
            var optional = document.Required ? "" : T(" (nếu có)", " (if any)");
            text.AppendLine($"    - {document.Name}{(counts.Count > 0 ? $": {string.Join(", ", counts)}" : "")}{optional}");
        }

        text.AppendLine($"  {T("Kết quả", "Results")}: {string.Join("; ", d.Results.Select(r => r.Name))}");
        var graph = new ProcessGraph(d.Process);
        var longest = graph.LongestPath(TaskHours);
        var total = longest.Select(graph.Step).Sum(TaskHours);
        text.AppendLine($"  {T("Quy trình nội bộ", "Internal process")} ({T("đường dài nhất", "longest path")}: {(total / 8m).ToString("0.##", CultureInfo.InvariantCulture)} {T("ngày làm việc", "working days")}):");
        var number = 0;
        foreach (var step in d.Process.Steps)
        {
            number++;
            text.AppendLine($"    {number,2}. {step.Id} — {step.Name}{StepDetail(step, culture)}");
            foreach (var outcome in step.Outcomes)
            {
                text.AppendLine($"          → {outcome.Name} ({outcome.Kind.ToString().ToLowerInvariant()}) → {outcome.To}");
            }

            foreach (var rule in step.Rules)
            {
                text.AppendLine($"          → {T("nếu", "if")} {rule.When} → {rule.To}");
            }

            if (step.Otherwise is { } otherwise) text.AppendLine($"          → {T("ngược lại", "otherwise")} → {otherwise}");
            if (step.Branches.Count > 0) text.AppendLine($"          ⇉ {string.Join(" | ", step.Branches)} ⇒ {step.Join}");
            if (step.Next is { } next) text.AppendLine($"          → {next}");
        }

        return text.ToString();
    }

    /// <summary>A task's hours, none for any other step (the longest path counts only the work officers do).</summary>
    private static decimal TaskHours(StepDefinition? step) => step is { Kind: StepKind.Task, Duration: { } duration } ? Hours(duration) : 0m;

    private static string StepDetail(StepDefinition step, CultureInfo culture) => step.Kind switch
    {
        StepKind.Task => TaskDetail(step.AsTask(), culture),
        StepKind.Parallel when step is { Deadline: { } deadline, OnDeadline: { } effect } =>
            Text.Pick(culture, $" [song song, hạn lấy ý kiến {Duration(deadline.ToDuration(), culture)}: {DeadlineEffect(effect, step.EscalateTo, culture)}]",
                $" [parallel, consultation deadline {Duration(deadline.ToDuration(), culture)}: {DeadlineEffect(effect, step.EscalateTo, culture)}]"),
        StepKind.Parallel => Text.Pick(culture, " [song song]", " [parallel]"),
        StepKind.Join => step.Mode == JoinMode.Count ? $" [join {step.Count}/n]" : $" [join {step.Mode?.ToString().ToLowerInvariant()}]",
        StepKind.Decision => Text.Pick(culture, " [rẽ nhánh]", " [decision]"),
        StepKind.Wait => $" [{Text.Pick(culture, "chờ", "wait for")} {step.WaitFor?.ToString().ToLowerInvariant()}, {Clock(step.Clock ?? ClockEffect.Run, culture)}{CitizenDeadline(step, culture)}]",
        StepKind.File => Text.Pick(culture, $" [liên thông: {step.Procedure} @ {step.Receiver?.Unit ?? step.Receiver?.UnitKind}, chờ: {(step.Await ?? ChildAwait.None).ToString().ToLowerInvariant()}]",
            $" [linked: {step.Procedure} @ {step.Receiver?.Unit ?? step.Receiver?.UnitKind}, await: {(step.Await ?? ChildAwait.None).ToString().ToLowerInvariant()}]"),
        _ => $" [{Text.Pick(culture, "kết thúc", "end")}: {step.Result?.ToString().ToLowerInvariant()}]",
    };

    private static string TaskDetail(TaskStep task, CultureInfo culture) =>
        $" [{task.Assignee.Role} @ {task.Assignee.Unit ?? task.Assignee.UnitKind}, {Duration(task.Duration.ToDuration(), culture)}]";

    /// <summary>A wait's citizen's deadline, its reminders and what its passing does; nothing for a wait without one.</summary>
    private static string CitizenDeadline(StepDefinition wait, CultureInfo culture)
    {
        if (wait is not { Duration: { } deadline, OnExpiry: { } effect })
        {
            return "";
        }

        var reminders = wait.RemindBefore.Count == 0 ? "" : Text.Pick(culture, ", nhắc trước ", ", reminded ") + string.Join(", ", wait.RemindBefore.Select(r => Duration(r.ToDuration(), culture)))
            + Text.Pick(culture, "", " before");
        return Text.Pick(culture,
            $"; hạn cho công dân {Duration(deadline.ToDuration(), culture)}{reminders}; quá hạn thì {(effect == CitizenDeadlineEffect.Stop ? "dừng giải quyết hồ sơ" : "trả lại hồ sơ")}",
            $"; citizen's deadline {Duration(deadline.ToDuration(), culture)}{reminders}; when it passes the dossier is {(effect == CitizenDeadlineEffect.Stop ? "stopped" : "returned")}");
    }

    private static string DeadlineEffect(ConsultationDeadlineEffect effect, string? escalateTo, CultureInfo culture) => effect switch
    {
        ConsultationDeadlineEffect.AssumeAgreement => Text.Pick(culture, "quá hạn không có ý kiến thì coi như đồng ý", "silence is agreement"),
        ConsultationDeadlineEffect.Escalate => Text.Pick(culture, $"báo {escalateTo} của đơn vị xin ý kiến", $"tell the asking unit's {escalateTo}"),
        _ => Text.Pick(culture, "tiếp tục chờ, đánh dấu quá hạn", "keep waiting, flagged overdue"),
    };

    private static decimal Hours(DurationSpec duration) => duration.Unit switch
    {
        DurationUnit.WorkingHours => duration.Value,
        DurationUnit.SameDay => 8m,
        _ => duration.Value * 8m,
    };

    private static string Duration(Duration duration, CultureInfo culture)
    {
        var value = duration.Value.ToString("0.##", CultureInfo.InvariantCulture);
        return duration.Unit switch
        {
            DurationUnit.WorkingDays => Text.Pick(culture, $"{value} ngày làm việc", $"{value} working days"),
            DurationUnit.WorkingHours => Text.Pick(culture, $"{value} giờ làm việc", $"{value} working hours"),
            DurationUnit.CalendarDays => Text.Pick(culture, $"{value} ngày", $"{value} calendar days"),
            _ => Text.Pick(culture, $"trong ngày (nhận sau {duration.Cutoff:HH\\:mm} trả ngày làm việc tiếp theo)", $"same day (after {duration.Cutoff:HH\\:mm}: next working day)"),
        };
    }

    private static string Clock(ClockEffect clock, CultureInfo culture) => clock switch
    {
        ClockEffect.Restart => Text.Pick(culture, "tính lại thời hạn từ đầu", "the time restarts from zero"),
        ClockEffect.Pause => Text.Pick(culture, "tạm dừng tính thời hạn", "the clock pauses"),
        _ => Text.Pick(culture, "vẫn tính thời hạn", "the clock keeps running"),
    };

    private static string Level(ProcedureLevel level, CultureInfo culture) => level switch
    {
        ProcedureLevel.Province => Text.Pick(culture, "tỉnh", "province"),
        ProcedureLevel.District => Text.Pick(culture, "huyện", "district"),
        _ => Text.Pick(culture, "xã", "commune"),
    };

    private static string Online(OnlineMode mode, CultureInfo culture) => mode switch
    {
        OnlineMode.Full => Text.Pick(culture, "toàn trình", "full"),
        OnlineMode.Partial => Text.Pick(culture, "một phần", "partial"),
        _ => Text.Pick(culture, "không", "none"),
    };

    public static string ChannelName(Channel channel, CultureInfo culture) => channel switch
    {
        Channel.Desk => Text.Pick(culture, "trực tiếp", "at the desk"),
        Channel.Online => Text.Pick(culture, "trực tuyến", "online"),
        _ => Text.Pick(culture, "bưu chính công ích", "public postal service"),
    };

    private static string Money(decimal amount) => amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")) + " đ";
}
