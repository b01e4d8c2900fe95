using System.Globalization;
using Workflow.Engine.Definitions.Validation;
using Workflow.Engine.Definitions.Versioning;

namespace Workflow.Engine.Definitions.Loading;

public sealed record DefinitionLoadOptions
{
    /// <summary>The organisation to check unit kinds and roles against; skipped when absent.</summary>
    public IUnitKindCatalog? Organisation { get; init; }

    /// <summary>Published versions recorded so far (lock file and database).</summary>
    public IReadOnlyList<PublishedVersionRecord> PublishedRecords { get; init; } = [];

    public CultureInfo? Culture { get; init; }
}
