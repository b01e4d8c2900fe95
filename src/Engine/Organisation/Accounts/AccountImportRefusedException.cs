using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>A confirmed import refused whole because a row is refused (perhaps only since its dry run); nothing was written.</summary>
public sealed class AccountImportRefusedException(AccountImportPlan plan)
    : WorkflowException(WorkflowErrorKind.Conflict, "account-import-refused", SentenceVi(plan), SentenceEn(plan), "file")
{
    public AccountImportPlan Plan { get; } = plan;

    private static ImportIssue FirstIssue(AccountImportPlan plan) => plan.Rows.First(r => r.Outcome == AccountRowOutcome.Refused).Issues[0];

    private static string SentenceVi(AccountImportPlan plan)
    {
        var first = FirstIssue(plan);
        return $"Không ghi dòng nào: {plan.Refused} dòng bị từ chối, đầu tiên là dòng {first.Row}, cột \"{first.Column}\": {first.Message} Sửa tệp, chạy thử lại rồi xác nhận.";
    }

    private static string SentenceEn(AccountImportPlan plan)
    {
        var first = FirstIssue(plan);
        return $"Nothing was written: {plan.Refused} rows are refused, the first being row {first.Row}, column \"{first.Column}\": {first.Message} Correct the file, run the dry run again and confirm.";
    }
}
