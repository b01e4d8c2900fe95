using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Definitions.Validation;

/// <summary>
/// A citizen's deadline on a wait (<c>duration</c>, <c>remindBefore</c>, <c>onExpiry</c>): a whole
/// number of working days with what its passing does, reminders inside it, and never a member the
/// engine would silently ignore.
/// </summary>
public sealed partial class DefinitionValidator
{
    private void RefuseCitizenDeadlineOutsideWait(StepDefinition step, string path, string member) =>
        _problems.Error(ProblemCodes.CitizenDeadlineOutsideWait, At($"{path}.{member}"), T(
            $"Bước \"{step.Id}\" loại {Kind(step.Kind)} có \"{member}\", nhưng hạn cho công dân chỉ đặt ở bước chờ (wait) yêu cầu bổ sung, nộp phí hoặc thực hiện nghĩa vụ tài chính. Chuyển \"{member}\" sang bước chờ đó hoặc xoá nó.",
            $"The {Kind(step.Kind)} step \"{step.Id}\" has \"{member}\", but a citizen's deadline belongs on the wait step that asks for a supplement, a payment or an obligation. Move \"{member}\" to that wait step or remove it."));

    private void CheckCitizenDeadline(StepDefinition wait, string path)
    {
        if (wait.Duration is null)
        {
            foreach (var member in new[] { ("onExpiry", wait.OnExpiry is not null), ("remindBefore", wait.RemindBefore.Count > 0) }.Where(m => m.Item2).Select(m => m.Item1))
            {
                _problems.Error(ProblemCodes.CitizenDeadlineEffectMissing, At($"{path}.{member}"), T(
                    $"Bước chờ \"{wait.Id}\" có \"{member}\" nhưng không có hạn cho công dân. Thêm \"duration\" (ví dụ {{ \"value\": 30, \"unit\": \"working-days\" }}) theo văn bản quy định, hoặc xoá \"{member}\".",
                    $"The wait step \"{wait.Id}\" has \"{member}\" but no citizen's deadline. Add \"duration\" (e.g. {{ \"value\": 30, \"unit\": \"working-days\" }}) as the governing text gives it, or remove \"{member}\"."));
            }

            return;
        }

        var deadline = wait.Duration;
        if (wait.OnExpiry is null)
        {
            _problems.Error(ProblemCodes.CitizenDeadlineEffectMissing, At($"{path}.duration"), T(
                $"Bước chờ \"{wait.Id}\" cho công dân một thời hạn nhưng không nói điều gì xảy ra khi quá hạn. Thêm \"onExpiry\" theo văn bản quy định: \"stop\" (dừng giải quyết, gửi thông báo dừng) hoặc \"return\" (trả lại hồ sơ kèm văn bản nêu lý do).",
                $"The wait step \"{wait.Id}\" gives the citizen a deadline but does not say what happens when it passes. Add \"onExpiry\" as the governing text says: \"stop\" (stop processing, with the notice) or \"return\" (return the dossier with the written reason)."));
        }

        if (deadline.Unit != DurationUnit.WorkingDays || deadline.Value < 1 || deadline.Value != decimal.Truncate(deadline.Value))
        {
            _problems.Error(ProblemCodes.CitizenDeadlineOutOfRange, At($"{path}.duration"), T(
                $"Hạn cho công dân của bước chờ \"{wait.Id}\" phải là một số nguyên ngày làm việc, ít nhất 1 (ví dụ {{ \"value\": 30, \"unit\": \"working-days\" }}). Sửa \"duration\" theo văn bản quy định.",
                $"The citizen's deadline of the wait step \"{wait.Id}\" must be a whole number of working days, at least 1 (e.g. {{ \"value\": 30, \"unit\": \"working-days\" }}). Correct \"duration\" as the governing text gives it."));
            return;
        }

        var seen = new HashSet<decimal>();
        for (var i = 0; i < wait.RemindBefore.Count; i++)
        {
            var lead = wait.RemindBefore[i];
            var hours = ToHours(lead.Value, lead.Unit);
            if (lead.Unit is not (DurationUnit.WorkingDays or DurationUnit.WorkingHours) || lead.Value <= 0 || hours >= ToHours(deadline.Value, deadline.Unit) || !seen.Add(hours))
            {
                _problems.Error(ProblemCodes.ReminderOutsideCitizenDeadline, At($"{path}.remindBefore[{i}]"), T(
                    $"Lần nhắc thứ {i + 1} của bước chờ \"{wait.Id}\" phải là một số ngày hoặc giờ làm việc lớn hơn 0, ngắn hơn hạn {deadline.Value:0} ngày làm việc và khác các lần nhắc khác. Sửa hoặc xoá phần tử này của \"remindBefore\".",
                    $"Reminder {i + 1} of the wait step \"{wait.Id}\" must be some working days or hours, more than 0, shorter than the {deadline.Value:0}-working-day deadline and unlike the other reminders. Correct or remove this item of \"remindBefore\"."));
            }
        }

        // While the agency's clock runs, a citizen's deadline as long as the whole statutory time makes
        // the dossier overdue before the citizen has even run out of time.
        var allowed = ToHours(_definition.StatutoryTime.Value, _definition.StatutoryTime.Unit);
        if ((wait.Clock ?? ClockEffect.Run) == ClockEffect.Run && ToHours(deadline.Value, deadline.Unit) >= allowed)
        {
            _problems.Warning(ProblemCodes.CitizenOutlastsRunningClock, At($"{path}.duration"), T(
                $"Bước chờ \"{wait.Id}\" cho công dân {deadline.Value:0} ngày làm việc trong khi thời hạn giải quyết vẫn chạy (\"clock\": \"run\"), không ít hơn thời hạn cả thủ tục ({FormatDays(allowed)} ngày): hồ sơ sẽ trễ hạn trước khi công dân hết hạn. Đặt \"clock\" là \"pause\" hoặc \"restart\", hoặc rút ngắn hạn cho công dân.",
                $"The wait step \"{wait.Id}\" gives the citizen {deadline.Value:0} working days while the statutory clock runs (\"clock\": \"run\"), no less than the whole procedure's time ({FormatDays(allowed)} days): the dossier would be late before the citizen's time is up. Set \"clock\" to \"pause\" or \"restart\", or shorten the citizen's deadline."));
        }
    }
}
