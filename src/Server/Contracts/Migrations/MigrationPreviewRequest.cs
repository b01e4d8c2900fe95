using Workflow.Engine.Runtime.Commands;

namespace Workflow.Server.Contracts.Migrations;

/// <summary>
/// The target version and the steps chosen so far (from → to); steps whose id and kind are
/// unchanged need no entry. Omit <c>mapping</c> to get it prefilled.
/// </summary>
public sealed record MigrationPreviewRequest(int TargetVersion, IReadOnlyList<StepMapping>? Mapping);
