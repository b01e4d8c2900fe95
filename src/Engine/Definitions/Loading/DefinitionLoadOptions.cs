using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Validation;
using Workflow.Engine.Definitions.Versioning;

namespace Workflow.Engine.Definitions.Loading;

public sealed record DefinitionLoadOptions
{
    /// <summary>The organisation to check unit kinds and roles against; skipped when absent.</summary>
    public IUnitKindCatalog? Organisation { get; init; }

    /// <summary>Published versions recorded so far (lock file and database).</summary>
    public IReadOnlyList<PublishedVersionRecord> PublishedRecords { get; init; } = [];

    /// <summary>
    /// The calendar's default week: a same-day procedure's steps must fit in its working hours
    /// after the cut-off (WF041), as the deadline engine counts them.
    /// </summary>
    public WeeklySchedule WorkingHours { get; init; } = WeeklySchedule.Standard;

    public CultureInfo? Culture { get; init; }
}
