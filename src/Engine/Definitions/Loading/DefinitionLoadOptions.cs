using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
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
    /// The working calendar (days off, make-up days, working hours): the steps must fit the statutory
    /// time for a dossier received at any time (WF040, WF041), counted on it as the simulation counts.
    /// </summary>
    public WorkingCalendar Calendar { get; init; } = WorkingCalendar.WeeklyOnly();

    /// <summary>How working days are counted when a procedure does not say (the engine's <c>Engine:Convention</c>).</summary>
    public DeadlineConvention DefaultConvention { get; init; } = DeadlineConvention.CivilCode;

    public CultureInfo? Culture { get; init; }
}
