using Workflow.Engine.Runtime.Commands;

namespace Workflow.Server.Contracts.Migrations;

/// <summary>Move every running dossier the preview finds ready, with this mapping and the reason journaled on each.</summary>
public sealed record MigrationRunRequest(int TargetVersion, IReadOnlyList<StepMapping>? Mapping, string? Reason);
