using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Desk;
using Workflow.Server.Localization;

namespace Workflow.Server.Endpoints;

/// <summary>Engine results as the API returns them, with status names in the reader's language.</summary>
public static class CommandOutcomes
{
    public static CommandOutcome From(CommandResult result) =>
        new(result.DossierId, result.Code, result.StatusCode, StatusName(result.StatusCode), result.Version, result.DueAt);

    public static ReceiveOutcome From(ReceiveResult result) =>
        new(result.DossierId, result.Code, result.TrackingSecret, result.StatusCode, StatusName(result.StatusCode), result.Appointment, result.Version);

    public static string StatusName(int code) => Language.Pick(DossierStatusRules.VietnameseName(code), DossierStatusRules.EnglishName(code));

    public static IReadOnlyList<ReceivedDocument> Documents(IReadOnlyList<DocumentInput>? documents) =>
        (documents ?? []).Select(d => new ReceivedDocument(d.DocumentId!.Trim(), d.Originals, d.CertifiedCopies, d.Photocopies)).ToList();

    public static ApplicantInfo Applicant(ApplicantInput applicant) =>
        new(applicant.Name!.Trim(), Blank(applicant.IdNumber), Blank(applicant.Phone), Blank(applicant.Email), Blank(applicant.Address));

    public static IReadOnlyDictionary<string, object?> Data(IReadOnlyDictionary<string, System.Text.Json.JsonElement>? data) =>
        (data ?? new Dictionary<string, System.Text.Json.JsonElement>()).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
