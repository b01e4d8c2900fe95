using Newtonsoft.Json.Linq;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Support;

/// <summary>
/// The repository's procedures plus the test procedure <c>consultation-deadline</c>
/// (tests/Engine.Tests/Procedures): a commune office consults three agencies for 2 working days,
/// continues on 2 answers of 3, and treats silence as agreement. A test may change the file (another
/// <c>onDeadline</c>) before it is published into a copy of the procedures folder.
/// </summary>
public static class ConsultationProcedure
{
    public const string Id = "consultation-deadline";

    public const string Fork = "consult-agencies";

    public static ProceduresWorkspace Workspace(TemporaryFolder folder, Action<JObject>? change = null) => TestProcedures.Workspace(folder, Id, change);

    /// <summary>Changes what the consultation's deadline does (and, for an escalation, who is told).</summary>
    public static Action<JObject> OnDeadline(string effect, string? escalateTo = null) => json =>
    {
        var fork = (JObject)((JArray)json["process"]!["steps"]!).Single(s => (string?)s["id"] == Fork);
        fork["onDeadline"] = effect;
        if (escalateTo is not null)
        {
            fork["escalateTo"] = escalateTo;
        }
    };
}
