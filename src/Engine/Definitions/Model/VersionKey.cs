namespace Workflow.Engine.Definitions.Model;

/// <summary>The spelling <c>&lt;procedure-id&gt;/v&lt;N&gt;</c> used in the lock file, the database and messages.</summary>
public static class VersionKey
{
    public static string Of(string procedureId, int version) => $"{procedureId}/v{version}";
}
