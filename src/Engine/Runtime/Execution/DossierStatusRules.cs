using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>The national portal status code (1-10) of a dossier, from its state and open items.</summary>
public static class DossierStatusRules
{
    public static int Compute(DossierState state, IEnumerable<WorkItemRecord> openItems) => state switch
    {
        DossierState.Submitted or DossierState.AwaitingCompletion => 1,
        DossierState.RefusedAtIntake => 3,
        DossierState.Withdrawn => 7,
        DossierState.Stopped or DossierState.Rejected => 8,
        DossierState.Returned => 10,
        _ => InProgress(openItems.Where(i => i.Status == WorkItemStatus.Open).ToList()),
    };

    private static int InProgress(List<WorkItemRecord> open)
    {
        if (open.Any(i => i.Kind == WorkItemKind.Wait && i.WaitFor == WaitReason.Supplement))
        {
            return 5;
        }

        if (open.Any(i => i.Kind == WorkItemKind.Wait))
        {
            return 6;
        }

        var tasks = open.Where(i => i.Kind == WorkItemKind.Task).ToList();
        if (tasks.Any(i => i.Phase == StepPhase.Return))
        {
            return 9;
        }

        if (tasks.Count > 0 && tasks.All(i => i.Phase == StepPhase.Intake))
        {
            return 2;
        }

        return 4;
    }

    /// <summary>The portal's English value for each code (DOMAIN.md).</summary>
    public static string PortalValue(int code) => code switch
    {
        1 => "receiving",
        2 => "new",
        3 => "denied",
        4 => "processing",
        5 => "waiting",
        6 => "paying",
        7 => "cancelled",
        8 => "unresolved",
        9 => "releasing",
        10 => "done",
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    /// <summary>The Vietnamese name of each status code.</summary>
    public static string VietnameseName(int code) => code switch
    {
        1 => "Mới đăng ký",
        2 => "Được tiếp nhận",
        3 => "Không được tiếp nhận",
        4 => "Đang xử lý",
        5 => "Yêu cầu bổ sung giấy tờ",
        6 => "Yêu cầu thực hiện nghĩa vụ tài chính",
        7 => "Công dân yêu cầu rút hồ sơ",
        8 => "Dừng xử lý",
        9 => "Đã xử lý xong",
        10 => "Đã trả kết quả",
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    public static string EnglishName(int code) => code switch
    {
        1 => "Submitted",
        2 => "Accepted",
        3 => "Refused at intake",
        4 => "Processing",
        5 => "Supplement requested",
        6 => "Awaiting fees or taxes",
        7 => "Withdrawn",
        8 => "Stopped",
        9 => "Result ready",
        10 => "Result returned",
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };
}
