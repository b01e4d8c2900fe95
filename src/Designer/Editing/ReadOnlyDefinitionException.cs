namespace Workflow.Designer.Editing;

/// <summary>A published version was asked to change; it never does (make a new version instead).</summary>
public sealed class ReadOnlyDefinitionException(string procedureId, int version)
    : DefinitionEditException(
        $"{procedureId}/v{version} đã ban hành nên chỉ xem được; tạo phiên bản mới để thay đổi.",
        $"{procedureId}/v{version} is published and read-only; start a new version to change it.")
{
    public string ProcedureId { get; } = procedureId;

    public int Version { get; } = version;
}
