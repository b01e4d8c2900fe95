using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Designer.Editing;
using Workflow.Engine.Diagnostics;

namespace Workflow.Designer.Validation;

/// <summary>
/// Turns a problem's JSON path (<c>$.process.steps[3].outcomes[0].to</c>) into the step it points
/// into, so clicking a problem selects that step on the diagram.
/// </summary>
public static partial class ProblemLocator
{
    public static ProblemLocation Locate(Problem problem, DefinitionDocument document) => Locate(problem.JsonPath, document);

    public static ProblemLocation Locate(string? jsonPath, DefinitionDocument document)
    {
        var path = jsonPath ?? "";
        var step = StepPath().Match(path);
        if (step.Success)
        {
            var index = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
            var member = step.Groups["rest"].Value.TrimStart('.');
            return new ProblemLocation(DefinitionSection.Process, document.StepIdAt(index), member.Length == 0 ? null : member);
        }

        if (path == "$.process.start")
        {
            var start = document.StartStepId;
            return new ProblemLocation(DefinitionSection.Process, document.FindStep(start) is null ? null : start, "start");
        }

        if (path.StartsWith("$.process.phases", StringComparison.Ordinal))
        {
            return new ProblemLocation(DefinitionSection.Phases, MemberPath: path);
        }

        if (path.StartsWith("$.process", StringComparison.Ordinal))
        {
            return new ProblemLocation(DefinitionSection.Process);
        }

        return FirstMember(path) switch
        {
            "documents" => new ProblemLocation(DefinitionSection.Documents, MemberPath: path),
            "fees" => new ProblemLocation(DefinitionSection.Fees, MemberPath: path),
            "data" => new ProblemLocation(DefinitionSection.Data, MemberPath: path),
            "results" => new ProblemLocation(DefinitionSection.Results, MemberPath: path),
            _ => new ProblemLocation(DefinitionSection.Metadata, MemberPath: path.Length > 1 ? path : null),
        };
    }

    private static string FirstMember(string path)
    {
        var match = TopMember().Match(path);
        return match.Success ? match.Groups["name"].Value : "";
    }

    [GeneratedRegex(@"^\$\.process\.steps\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex StepPath();

    [GeneratedRegex(@"^\$\.(?<name>[A-Za-z]+)")]
    private static partial Regex TopMember();
}
