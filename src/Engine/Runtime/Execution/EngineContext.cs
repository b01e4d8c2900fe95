using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Organisation;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>What one command runs against: one snapshot of the procedures, the clock and the settings.</summary>
internal sealed class EngineContext
{
    public EngineContext(ProceduresWorkspace workspace, TimeProvider time, EngineOptions options)
    {
        Workspace = workspace;
        Organisation = workspace.Organisation ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "organisation-unavailable",
            "Cơ cấu tổ chức đang có lỗi nên không thể giao việc. Chạy \"workflow validate\" và sửa procedures/organisation.",
            "The organisation has errors, so no work can be assigned.");
        Calculator = new DeadlineCalculator(workspace.Calendar);
        Resolver = new UnitResolver(Organisation);
        Time = time;
        Options = options;
        Now = Persistence.StoredInstant.Now(time);
    }

    public ProceduresWorkspace Workspace { get; }

    public OrganisationModel Organisation { get; }

    public DeadlineCalculator Calculator { get; }

    public UnitResolver Resolver { get; }

    public TimeProvider Time { get; }

    public EngineOptions Options { get; }

    /// <summary>The command's single "now", so every row it writes carries the same instant.</summary>
    public DateTimeOffset Now { get; }

    public DateTime NowUtc => Now.UtcDateTime;

    public DateOnly Today => VietnamTime.LocalDate(Now);
}
