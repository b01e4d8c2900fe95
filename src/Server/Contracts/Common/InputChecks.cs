using Workflow.Server.Problems;

namespace Workflow.Server.Contracts.Common;

/// <summary>Checks shared by the requests that carry an applicant or a documents checklist.</summary>
public static class InputChecks
{
    public static RequestCheck Applicant(this RequestCheck check, ApplicantInput? applicant, string field = "applicant")
    {
        check.That(applicant is not null, field, $"Thiếu thông tin người nộp \"{field}\".", $"\"{field}\" is required.");
        if (applicant is not null)
        {
            check.Required(applicant.Name, $"{field}.name", InputLimits.Name)
                .MaxLength(applicant.IdNumber, $"{field}.idNumber", InputLimits.IdNumber)
                .MaxLength(applicant.Phone, $"{field}.phone", InputLimits.Phone)
                .MaxLength(applicant.Email, $"{field}.email", InputLimits.Email)
                .MaxLength(applicant.Address, $"{field}.address", InputLimits.Address);
        }

        return check;
    }

    public static RequestCheck Documents(this RequestCheck check, IReadOnlyList<DocumentInput>? documents, string field = "documents")
    {
        check.MaxCount(documents, field, InputLimits.Documents);
        for (var i = 0; documents is not null && i < documents.Count && i < InputLimits.Documents; i++)
        {
            check.Required(documents[i]?.DocumentId, $"{field}[{i}].documentId", InputLimits.Id);
            check.Range(documents[i]?.Originals, $"{field}[{i}].originals", 0, 1000)
                .Range(documents[i]?.CertifiedCopies, $"{field}[{i}].certifiedCopies", 0, 1000)
                .Range(documents[i]?.Photocopies, $"{field}[{i}].photocopies", 0, 1000);
        }

        return check;
    }

    public static RequestCheck Data(this RequestCheck check, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? data, string field = "data")
    {
        check.MaxCount(data?.Keys.ToList(), field, InputLimits.DataFields);
        foreach (var (name, value) in data ?? new Dictionary<string, System.Text.Json.JsonElement>())
        {
            check.MaxLength(name, $"{field}", InputLimits.Id);
            check.That(value.ValueKind is not (System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array), $"{field}.{name}",
                $"\"{field}.{name}\" phải là chuỗi, số, true/false hoặc null.", $"\"{field}.{name}\" must be a string, a number, true/false or null.");
            // Numbers are kept as decimals; one that does not fit (1e308) is refused here rather than failing inside the engine.
            check.That(value.ValueKind != System.Text.Json.JsonValueKind.Number || value.TryGetDecimal(out _), $"{field}.{name}",
                $"\"{field}.{name}\" là số quá lớn hoặc quá nhỏ; nhập một số có tối đa 28 chữ số.", $"\"{field}.{name}\" is a number too large or too small; give a number of at most 28 digits.");
        }

        return check;
    }
}
