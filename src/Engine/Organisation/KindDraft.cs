using Newtonsoft.Json.Linq;

namespace Workflow.Engine.Organisation;

/// <summary>A unit kind as read from the file, before cross-checks; fields are null where the file was wrong.</summary>
internal sealed record KindDraft(
    JObject Token,
    IdReference? Id,
    string? Name,
    string? NameEn,
    AdministrativeLevel? Level,
    IReadOnlyList<IdReference> Roles);
