using Workflow.Engine.Runtime.Commands;

namespace Workflow.Server.Contracts.Migrations;

/// <summary>
/// Prepare a migration for a leader to run: the target version, the steps chosen (unchanged steps
/// need no entry) and the reason journaled on each dossier moved.
/// </summary>
public sealed record MigrationPrepareRequest(int TargetVersion, IReadOnlyList<StepMapping>? Mapping, string? Reason);
