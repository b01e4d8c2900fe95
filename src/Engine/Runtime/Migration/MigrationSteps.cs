using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Migration;

/// <summary>
/// Which step of a running dossier must find a place in the new version, and where it may go:
/// the rules the dry run and the move share, so what the preview says is what the run does.
/// </summary>
public static class MigrationSteps
{
    /// <summary>A supplement wait resumes at a step of the old version: that step is what must be mapped.</summary>
    public static string StepToMap(WorkItemRecord item) =>
        item.Kind == WorkItemKind.Wait && item.StepId == "supplement" ? item.NextStepId! : item.StepId;

    /// <summary>A wait of the process continues as a wait; a task, or the step a supplement resumes at, as a task.</summary>
    public static StepKind ExpectedKind(WorkItemRecord item) =>
        item.Kind == WorkItemKind.Wait && item.StepId != "supplement" ? StepKind.Wait : StepKind.Task;

    /// <summary>
    /// The mapping given, completed with every open step whose id names a step of the same kind in
    /// the target (unchanged steps need no choice), and the sentence for each step still without a place.
    /// </summary>
    public static (IReadOnlyList<StepMapping> Mapping, IReadOnlyList<MigrationProblem> Problems) Complete(
        IEnumerable<(string Step, StepKind Kind)> openSteps, IReadOnlyList<StepMapping> given, ProcedureDefinition target)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in given)
        {
            map[entry.FromStep] = entry.ToStep;
        }

        var problems = new List<MigrationProblem>();
        foreach (var (step, kind) in openSteps.Distinct())
        {
            if (map.TryGetValue(step, out var chosen))
            {
                if (target.Process.Find(chosen) is null)
                {
                    // A choice naming a step the target does not have says exactly that, not that it is of another kind.
                    problems.Add(chosen == step
                        ? Removed(step, target.Version)
                        : new MigrationProblem(MigrationProblem.Incomplete, step, $"Bước \"{chosen}\" không có trong v{target.Version}: chọn một bước của v{target.Version} cho các hồ sơ đang ở bước \"{step}\".",
                            $"Step \"{chosen}\" does not exist in v{target.Version}: choose a step of v{target.Version} for the dossiers standing on \"{step}\"."));
                }
                else if (target.Process.Find(chosen) is { } newStep && newStep.Kind != kind)
                {
                    problems.Add(new MigrationProblem(MigrationProblem.WrongKind, step, $"Bước \"{step}\" phải được chuyển tới một bước {KindName(kind, false)} của v{target.Version}; \"{chosen}\" không phải.",
                                 $"\"{step}\" must map to a {KindName(kind, true)} step of v{target.Version}; \"{chosen}\" is not one."));
                }

                continue;
            }

            var same = target.Process.Find(step);
            if (same is not null && same.Kind == kind)
            {
                map[step] = step;
            }
            else if (same is null)
            {
                problems.Add(Removed(step, target.Version));
            }
            else
            {
                problems.Add(new MigrationProblem(MigrationProblem.Incomplete, step, $"Bước \"{step}\" trong v{target.Version} không còn là bước {KindName(kind, false)}: chọn bước tiếp nhận.",
                             $"Step \"{step}\" is no longer a {KindName(kind, true)} step in v{target.Version}: choose the step that takes it."));
            }
        }

        return (map.Select(m => new StepMapping(m.Key, m.Value)).ToList(), problems);
    }

    private static MigrationProblem Removed(string step, int version) =>
        new(MigrationProblem.Incomplete, step, $"Bước \"{step}\" không còn trong v{version}: chọn bước của v{version} tiếp nhận các hồ sơ đang ở bước này.",
            $"Step \"{step}\" no longer exists in v{version}: choose the step of v{version} that takes the dossiers standing on it.");

    /// <summary>The target's steps an open step may be mapped to: tasks and waits, in file order.</summary>
    public static IReadOnlyList<MigrationStepChoice> Choices(ProcedureDefinition target) =>
        target.Process.Steps.Where(s => s.Kind is StepKind.Task or StepKind.Wait).Select(s => new MigrationStepChoice(s.Id, s.Name, s.Kind)).ToList();

    private static string KindName(StepKind kind, bool english) => (kind, english) switch
    {
        (StepKind.Wait, false) => "chờ công dân",
        (StepKind.Wait, true) => "wait",
        (_, false) => "xử lý",
        _ => "task",
    };
}
