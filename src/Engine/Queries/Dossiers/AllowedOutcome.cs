using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Queries.Dossiers;

public sealed record AllowedOutcome(string Id, string Name, OutcomeKind Kind, bool RequiresComment);
