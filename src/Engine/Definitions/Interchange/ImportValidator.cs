using Workflow.Engine.Definitions.Loading;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>The one check a draft gets before it is written: the designer's draft validator, or the loader with the folder's options on the command line.</summary>
public delegate DefinitionReadResult ImportValidator(string text, string procedureId, int version);
