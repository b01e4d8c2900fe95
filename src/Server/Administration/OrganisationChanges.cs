using Workflow.Engine.Organisation.Administration;
using Workflow.Engine.Persistence.Entities;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Organisation;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Administration;

/// <summary>Turns organisation change requests and log lines into the engine's terms and back, for the API and the page alike.</summary>
public static class OrganisationChanges
{
    /// <summary>The words of the API for each kind of change.</summary>
    public static readonly IReadOnlyDictionary<string, OrganisationChangeKind> Kinds = new Dictionary<string, OrganisationChangeKind>(StringComparer.Ordinal)
    {
        ["create-unit"] = OrganisationChangeKind.CreateUnit,
        ["rename-unit"] = OrganisationChangeKind.RenameUnit,
        ["move-unit"] = OrganisationChangeKind.MoveUnit,
        ["merge-unit"] = OrganisationChangeKind.MergeUnit,
        ["abolish-unit"] = OrganisationChangeKind.AbolishUnit,
        ["create-kind"] = OrganisationChangeKind.CreateKind,
        ["rename-kind"] = OrganisationChangeKind.RenameKind,
    };

    public static string WordOf(OrganisationChangeKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static OrganisationChange ToChange(OrganisationChangeRequest request)
    {
        new RequestCheck()
            .That(request.Kind is not null && Kinds.ContainsKey(request.Kind), "kind",
                $"Chọn loại thay đổi: {string.Join(", ", Kinds.Keys)}.", $"Choose the kind of change: {string.Join(", ", Kinds.Keys)}.")
            .MaxLength(request.UnitId, "unitId", InputLimits.Id)
            .MaxLength(request.KindId, "kindId", InputLimits.Id)
            .MaxLength(request.ParentId, "parentId", InputLimits.Id)
            .MaxLength(request.SuccessorId, "successorId", InputLimits.Id)
            .MaxLength(request.Name, "name", InputLimits.Name)
            .MaxLength(request.NameEn, "nameEn", InputLimits.Name)
            .MaxLength(request.Code, "code", InputLimits.Id)
            .MaxLength(request.Level, "level", InputLimits.Id)
            .MaxCount(request.Roles, "roles", 50)
            .SaneDate(request.EffectiveDate, "effectiveDate")
            .ThrowIfInvalid();
        return new OrganisationChange(Kinds[request.Kind!], request.UnitId?.Trim(), request.EffectiveDate, request.Name, request.NameEn, request.Code?.Trim(),
            request.KindId?.Trim(), request.ParentId?.Trim(), request.SuccessorId?.Trim(), request.Level?.Trim(), request.Roles);
    }

    public static OrganisationChangeView View(OrganisationChangeRecord change) =>
        new(change.Id, change.Version, WordOf(change.Kind), new DateTimeOffset(change.At, TimeSpan.Zero), change.ById, change.ByName, change.EffectiveDate,
            change.SubjectId, change.SuccessorId, Language.Pick(change.Summary, change.SummaryEn), change.TasksMoved,
            change.SuccessionDoneAt is { } done ? new DateTimeOffset(done, TimeSpan.Zero) : null);

    public static OrganisationChangePreviewView View(OrganisationChangePreview preview) =>
        new(Language.Pick(preview.Summary, preview.SummaryEn), preview.Procedures, preview.OpenTasks, preview.Memberships);
}
