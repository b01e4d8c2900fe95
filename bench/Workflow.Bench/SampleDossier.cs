namespace Workflow.Bench;

/// <summary>A generated dossier the queries look for: by id (trace), code or applicant, at its receiving commune.</summary>
public sealed record SampleDossier(Guid Id, string Code, string SearchName, string ReceivingUnitId);
