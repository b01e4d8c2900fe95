namespace Workflow.Engine.Queries.Postal;

/// <summary>One dossier in a day's postal handover register: received by post, or its result sent by post.</summary>
public sealed record PostalRegisterLine(Guid DossierId, string DossierCode, string ApplicantName, string? ApplicantAddress, string ProcedureName, string Waybill, DateTimeOffset HandedOverAt);
