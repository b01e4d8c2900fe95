using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Delegation;

/// <summary>
/// Who may sign on whose behalf (KT., TL., TUQ.), recorded by administrators, effective-dated, and the
/// check every signature on behalf goes through: the signer, the unit and the day must fall within the
/// authorisation, or the signature is refused with a sentence saying which.
/// </summary>
public sealed class SigningAuthorisations(WorkflowDbContextFactory database, WorkspaceAccessor workspace, TimeProvider time)
{
    public async Task<SigningAuthorisationRecord> CreateAsync(SigningAuthorisationDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.LocalDate(time.GetUtcNow());
        var unit = workspace.Current.Organisation?.UnitAt(draft.UnitId, draft.FirstDay)
            ?? throw Invalid("unit-not-in-force", "unitId", $"Không có đơn vị \"{draft.UnitId}\" vào ngày {Day(draft.FirstDay)}.", $"There is no unit \"{draft.UnitId}\" on {Day(draft.FirstDay)}.");
        if (draft.LastDay is { } last && last < draft.FirstDay)
        {
            throw Invalid("period-reversed", "lastDay", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The last day must be on or after the first day.");
        }

        if (draft.LastDay is { } ended && ended < today)
        {
            throw Invalid("period-ended", "lastDay", $"Ngày kết thúc {Day(ended)} đã qua; chọn ngày từ hôm nay ({Day(today)}) trở đi.", $"The last day {Day(ended)} has passed; choose today ({Day(today)}) or later.");
        }

        if (draft.Kind == SigningOnBehalfKind.Tuq && string.IsNullOrWhiteSpace(draft.DocumentNumber))
        {
            throw Invalid("authorisation-document-required", "documentNumber", "Ký thừa ủy quyền (TUQ.) cần số văn bản ủy quyền.", "Signing by authorisation (TUQ.) needs the number of the written authorisation.");
        }

        if (draft.Kind == SigningOnBehalfKind.Tuq && draft.DocumentDate is null)
        {
            throw Invalid("authorisation-document-required", "documentDate", "Ký thừa ủy quyền (TUQ.) cần ngày của văn bản ủy quyền.", "Signing by authorisation (TUQ.) needs the date of the written authorisation.");
        }

        await using var db = database.Create();
        var principal = await ActiveOfficerAsync(db, draft.PrincipalId, "principalId", cancellationToken);
        var principalRole = await RoleAtAsync(db, principal.Id, draft.UnitId, draft.FirstDay, Memberships.HeadRoles, cancellationToken)
            ?? throw Invalid("principal-not-head", "principalId", $"{principal.DisplayName} không phải lãnh đạo của {unit.Name} vào ngày {Day(draft.FirstDay)}.",
                $"{principal.DisplayName} is not a head of {unit.Name} on {Day(draft.FirstDay)}.");
        var signer = await ActiveOfficerAsync(db, draft.SignerId, "signerId", cancellationToken);
        if (signer.Id == principal.Id)
        {
            throw Invalid("same-officer", "signerId", "Người ký thay phải khác người được ký thay.", "The signer must be someone other than the head they sign for.");
        }

        // A deputy (KT.) belongs to the unit's leadership; by order (TL.) or by authorisation (TUQ.) the
        // signer may head another unit, e.g. a department director signing for the province's chairman.
        var signerRole = draft.Kind == SigningOnBehalfKind.Kt
            ? await RoleAtAsync(db, signer.Id, draft.UnitId, draft.FirstDay, Memberships.HeadRoles, cancellationToken)
            : await RoleAtAsync(db, signer.Id, draft.UnitId, draft.FirstDay, null, cancellationToken) ?? await RoleAtAsync(db, signer.Id, null, draft.FirstDay, null, cancellationToken);
        if (draft.Kind == SigningOnBehalfKind.Kt && signerRole is null)
        {
            throw Invalid("signer-not-deputy", "signerId", $"Ký thay (KT.) là cấp phó ký thay cấp trưởng: {signer.DisplayName} không giữ vai trò lãnh đạo tại {unit.Name} vào ngày {Day(draft.FirstDay)}.",
                $"Signing for the head (KT.) is for a deputy: {signer.DisplayName} holds no leading role at {unit.Name} on {Day(draft.FirstDay)}.");
        }

        var record = new SigningAuthorisationRecord
        {
            Id = Guid.CreateVersion7(),
            Kind = draft.Kind,
            UnitId = draft.UnitId,
            PrincipalId = principal.Id,
            PrincipalName = principal.DisplayName,
            PrincipalTitle = Title(draft.PrincipalTitle, principalRole),
            SignerId = signer.Id,
            SignerName = signer.DisplayName,
            SignerTitle = Title(draft.SignerTitle, signerRole),
            DocumentNumber = string.IsNullOrWhiteSpace(draft.DocumentNumber) ? null : draft.DocumentNumber.Trim(),
            DocumentDate = draft.DocumentDate,
            FirstDay = draft.FirstDay,
            LastDay = draft.LastDay,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedById = actor.Id,
            CreatedByName = actor.Name,
        };
        if (record.SignerTitle.Length == 0)
        {
            throw Invalid("title-required", "signerTitle", $"Ghi chức vụ của {signer.DisplayName} để in dưới dòng {SignatureBlock.Prefix(draft.Kind)}.", $"Give {signer.DisplayName}'s title to print under the {SignatureBlock.Prefix(draft.Kind)} line.");
        }

        db.SigningAuthorisations.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>Every authorisation, the ones still in force or to come first, newest first.</summary>
    public async Task<IReadOnlyList<SigningAuthorisationRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.LocalDate(time.GetUtcNow());
        await using var db = database.Create();
        var all = await db.SigningAuthorisations.AsNoTracking().ToListAsync(cancellationToken);
        return all.OrderByDescending(a => IsInForce(a, today) || (a.RevokedAt is null && a.FirstDay > today)).ThenByDescending(a => a.CreatedAt).ToList();
    }

    /// <summary>Ends an authorisation now: signatures under it are refused from this moment.</summary>
    public async Task<SigningAuthorisationRecord> RevokeAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var record = await db.SigningAuthorisations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "authorisation-not-found", "Không có ủy quyền ký này. / There is no such signing authorisation.", "authorisationId");
        if (record.RevokedAt is null)
        {
            record.RevokedAt = time.GetUtcNow().UtcDateTime;
            record.RevokedByName = actor.Name;
            await db.SaveChangesAsync(cancellationToken);
        }

        return record;
    }

    /// <summary>Not revoked, and <paramref name="today"/> is within its days.</summary>
    public static bool IsInForce(SigningAuthorisationRecord authorisation, DateOnly today) =>
        authorisation.RevokedAt is null && authorisation.FirstDay <= today && (authorisation.LastDay is null || authorisation.LastDay >= today);

    /// <summary>The authorisation, or a refusal naming <c>authorisationId</c>.</summary>
    public static async Task<SigningAuthorisationRecord> FindAsync(WorkflowDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.SigningAuthorisations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw Invalid("authorisation-not-found", "authorisationId", "Không có ủy quyền ký này; chọn lại trong danh sách ủy quyền đang có hiệu lực.",
            "There is no such signing authorisation; choose again from the authorisations in force.");

    /// <summary>
    /// Refuses, with a sentence, a signature on behalf at <paramref name="unitId"/> on <paramref name="today"/>
    /// that the authorisation does not cover: revoked, outside its dates, at another unit, or (when
    /// <paramref name="signerId"/> is given) by someone other than its signer.
    /// </summary>
    public static void Require(SigningAuthorisationRecord authorisation, string unitId, DateOnly today, string? signerId)
    {
        var block = $"{SignatureBlock.Prefix(authorisation.Kind)} {authorisation.PrincipalTitle}";
        if (authorisation.RevokedAt is not null)
        {
            throw Refused("authorisation-revoked", $"Ủy quyền ký \"{block}\" cho {authorisation.SignerName} đã bị thu hồi nên không ký thay được.",
                $"The signing authorisation \"{block}\" for {authorisation.SignerName} was revoked, so nobody can sign under it.");
        }

        if (today < authorisation.FirstDay || (authorisation.LastDay is { } last && today > last))
        {
            var period = authorisation.LastDay is { } end ? $"từ ngày {Day(authorisation.FirstDay)} đến hết ngày {Day(end)}" : $"từ ngày {Day(authorisation.FirstDay)}";
            var periodEn = authorisation.LastDay is { } endEn ? $"from {Day(authorisation.FirstDay)} to {Day(endEn)}" : $"from {Day(authorisation.FirstDay)}";
            throw Refused("authorisation-out-of-period",
                $"Ủy quyền ký \"{block}\" cho {authorisation.SignerName} có hiệu lực {period}; hôm nay ({Day(today)}) ngoài thời hạn đó nên không ký thay được. Người có thẩm quyền tự ký, hoặc quản trị ghi nhận ủy quyền mới.",
                $"The signing authorisation \"{block}\" for {authorisation.SignerName} is in force {periodEn}; today ({Day(today)}) is outside it, so it cannot be used. The head signs, or an administrator records a new authorisation.");
        }

        if (authorisation.UnitId != unitId)
        {
            throw Refused("authorisation-other-unit",
                $"Ủy quyền ký \"{block}\" cho {authorisation.SignerName} chỉ áp dụng tại đơn vị {authorisation.UnitId}, không áp dụng cho văn bản của {unitId}.",
                $"The signing authorisation \"{block}\" for {authorisation.SignerName} applies at {authorisation.UnitId} only, not to documents of {unitId}.");
        }

        if (signerId is not null && signerId != authorisation.SignerId)
        {
            throw new WorkflowException(WorkflowErrorKind.Forbidden, "not-the-authorised-signer",
                $"Văn bản này in khối chữ ký \"{block}\" của {authorisation.SignerName}; chỉ {authorisation.SignerName} được ký. / This document prints the signature block \"{block}\" of {authorisation.SignerName}; only they may sign it.");
        }
    }

    private static async Task<OfficerRecord> ActiveOfficerAsync(WorkflowDbContext db, string id, string field, CancellationToken cancellationToken) =>
        await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.Active, cancellationToken)
        ?? throw Invalid("officer-not-found", field, $"Không có cán bộ \"{id}\" đang hoạt động.", $"There is no active officer \"{id}\".");

    /// <summary>The first of <paramref name="roles"/> (or any role) the officer holds at the unit (or anywhere) on the day.</summary>
    private static async Task<string?> RoleAtAsync(WorkflowDbContext db, string officerId, string? unitId, DateOnly day, IReadOnlyList<string>? roles, CancellationToken cancellationToken)
    {
        var held = await db.Memberships.AsNoTracking()
            .Where(m => m.OfficerId == officerId && (unitId == null || m.UnitId == unitId) && m.ValidFrom <= day && (m.ValidTo == null || m.ValidTo > day))
            .Select(m => m.Role).ToListAsync(cancellationToken);
        return roles is null ? held.Order(StringComparer.Ordinal).FirstOrDefault() : roles.FirstOrDefault(held.Contains);
    }

    /// <summary>The title typed by the administrator, or else the organisation's name of the role.</summary>
    private string Title(string? typed, string? role) =>
        !string.IsNullOrWhiteSpace(typed) ? typed.Trim()
        : role is null ? ""
        : workspace.Current.Organisation?.FindRole(role)?.Name ?? role;

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static WorkflowException Invalid(string code, string field, string vietnamese, string english) =>
        new(WorkflowErrorKind.Invalid, code, $"{vietnamese} / {english}", field);

    private static WorkflowException Refused(string code, string vietnamese, string english) =>
        new(WorkflowErrorKind.Conflict, code, $"{vietnamese} / {english}", "authorisationId");
}
