namespace Workflow.Designer.Editing;

/// <summary>
/// A procedure a file step (liên thông) may file a dossier of, as its newest loaded version
/// describes it: where it is received, and which data fields it requires (they must be passed on).
/// </summary>
public sealed record LinkedProcedureChoice(string Id, string Name, string ReceivingUnitKind, IReadOnlyList<Choice> RequiredFields);
