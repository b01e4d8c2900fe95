using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Reporting.Queries;

/// <summary>
/// The finest grouping the database returns: every report (by unit, procedure, field or channel)
/// is a sum of these small rows, so each query groups once and the rest happens in memory.
/// </summary>
internal sealed record DossierGroupKey(string ReceivingUnitId, string ProcedureId, int ProcedureVersion, Channel Channel);
