using Newtonsoft.Json.Linq;

namespace Workflow.Engine.Organisation;

/// <summary>A role as read from the file, before cross-checks; fields are null where the file was wrong.</summary>
internal sealed record RoleDraft(JObject Token, IdReference? Id, string? Name, string? NameEn);
