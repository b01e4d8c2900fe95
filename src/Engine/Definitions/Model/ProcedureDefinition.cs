using Newtonsoft.Json;

namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// One version of one administrative procedure, exactly as its file <c>procedures/&lt;id&gt;/v&lt;N&gt;.json</c> says.
/// Immutable once published; the engine runs every dossier on the version it started on.
/// </summary>
public sealed record ProcedureDefinition
{
    /// <summary>Folder name and stable identifier, e.g. <c>birth-registration</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Code in the national procedure database, e.g. <c>1.001193</c>; absent when none is known.</summary>
    public string? Code { get; init; }

    public int Version { get; init; }

    public DefinitionStatus Status { get; init; }

    /// <summary>Official Vietnamese name.</summary>
    public string Name { get; init; } = "";

    public string? NameEn { get; init; }

    /// <summary>Sector (lĩnh vực), e.g. "Hộ tịch", "Đất đai".</summary>
    public string Field { get; init; } = "";

    public ProcedureLevel Level { get; init; }

    /// <summary>The unit kind whose one-stop desk receives the dossier (e.g. <c>commune</c>).</summary>
    public string ReceivingUnitKind { get; init; } = "";

    /// <summary>First local date on which new dossiers may use this version.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    public StatutoryTime StatutoryTime { get; init; } = new();

    public SupplementRule Supplement { get; init; } = new();

    public IReadOnlyList<Fee> Fees { get; init; } = [];

    public IReadOnlyList<RequiredDocument> Documents { get; init; } = [];

    public IReadOnlyList<ResultDocument> Results { get; init; } = [];

    public OnlineMode OnlineMode { get; init; }

    public IReadOnlyList<Channel> Channels { get; init; } = [];

    /// <summary>
    /// The lowest level of assurance of the citizen's electronic identity (1 = the weakest the server
    /// knows) an online submission needs; absent when anyone may submit online without signing in.
    /// </summary>
    public int? MinimumAssuranceLevel { get; init; }

    /// <summary>Dossier data the applicant provides; decisions and fees may refer to these by id.</summary>
    public IReadOnlyList<DataField> Data { get; init; } = [];

    public ProcessDefinition Process { get; init; } = new();

    /// <summary>Where the definition came from and its content hash; set by the loader, never read from the file.</summary>
    [JsonIgnore]
    public DefinitionSource Source { get; init; } = DefinitionSource.None;

    [JsonIgnore]
    public string Key => VersionKey.Of(Id, Version);
}
