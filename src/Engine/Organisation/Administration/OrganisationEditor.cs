using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Organisation.Administration;

/// <summary>
/// Applies one change to an organisation and checks the result with every rule of the loader
/// (ORG001–ORG027), so an organisation changed through the pages is exactly as valid as one
/// written by hand. A refusal names the request's field and says what to do, in both languages.
/// </summary>
public static partial class OrganisationEditor
{
    /// <summary>The changed organisation in the file's format, with a sentence saying what changed.</summary>
    public sealed record Edited(OrganisationModel Model, string Content, string Summary, string SummaryEn, string SubjectId);

    public static Edited Apply(OrganisationModel model, string? description, OrganisationChange change, DateOnly today)
    {
        var records = model.Records.ToList();
        var kinds = model.Kinds.ToList();
        string summary, summaryEn, subject;
        switch (change.Kind)
        {
            case OrganisationChangeKind.CreateKind:
            {
                var id = NewId(change.KindId, "kindId");
                if (model.FindKind(id) is not null)
                {
                    throw Invalid("kind-exists", "kindId", $"Đã có loại đơn vị \"{id}\". Chọn mã khác.", $"There is already a unit kind \"{id}\". Choose another id.");
                }

                var level = AdministrativeLevels.TryParse(change.Level, out var parsed) ? parsed
                    : throw Invalid("level-invalid", "level",
                        "Cấp phải là province, district, commune hoặc agency.", "The level must be province, district, commune or agency.");
                var roles = change.Roles ?? [];
                if (roles.Count == 0 || roles.FirstOrDefault(r => model.FindRole(r) is null) is { } unknown && unknown is not null)
                {
                    var known = string.Join(", ", model.Roles.Select(r => r.Id));
                    throw Invalid("role-unknown", "roles", $"Ghi ít nhất một vai trò đã khai báo ({known}).", $"Give at least one declared role ({known}).");
                }

                kinds.Add(new UnitKind(id, Required(change.Name, "name"), Required(change.NameEn, "nameEn"), level, roles.Distinct(StringComparer.Ordinal).ToList()));
                (subject, summary, summaryEn) = (id, $"Thêm loại đơn vị {change.Name} ({id}).", $"Added the unit kind {change.NameEn} ({id}).");
                break;
            }

            case OrganisationChangeKind.RenameKind:
            {
                var kind = model.FindKind(Required(change.KindId, "kindId"))
                    ?? throw Invalid("kind-unknown", "kindId", $"Không có loại đơn vị \"{change.KindId}\".", $"There is no unit kind \"{change.KindId}\".");
                kinds[kinds.IndexOf(kind)] = kind with { Name = Required(change.Name, "name"), NameEn = Required(change.NameEn, "nameEn") };
                (subject, summary, summaryEn) = (kind.Id, $"Đổi tên loại đơn vị {kind.Name} thành {change.Name}.",
                    $"Renamed the unit kind {kind.NameEn} to {change.NameEn}.");
                break;
            }

            default:
            {
                var date = change.EffectiveDate ?? throw Invalid("effective-date-required", "effectiveDate", "Ghi ngày có hiệu lực.", "Give the effective date.");
                if (date < today)
                {
                    throw Invalid("effective-date-past", "effectiveDate",
                        $"Ngày có hiệu lực {Day(date)} đã qua. Thay đổi cơ cấu chỉ có hiệu lực từ hôm nay ({Day(today)}) trở đi.",
                        $"The effective date {Iso(date)} has passed. A change takes effect today ({Iso(today)}) or later.");
                }

                (subject, summary, summaryEn) = change.Kind == OrganisationChangeKind.CreateUnit
                    ? CreateUnit(model, records, change, date)
                    : ChangeUnit(model, records, change, date);
                break;
            }
        }

        var content = OrganisationFileWriter.Write(new OrganisationModel(model.Roles, kinds, records), description);
        var loaded = OrganisationLoader.Load(content, "organisation.json");
        if (loaded.HasErrors || loaded.Model is null)
        {
            var problem = loaded.Problems.First(p => p.IsError);
            var english = OrganisationLoader.Load(content, "organisation.json", CultureInfo.GetCultureInfo("en")).Problems.First(p => p.IsError);
            throw Invalid("organisation-invalid", FieldOf(problem.Code),
                $"Thay đổi này làm cơ cấu tổ chức không hợp lệ ({problem.Code}): {problem.Message}",
                $"This change would make the organisation invalid ({english.Code}): {english.Message}");
        }

        return new Edited(loaded.Model, content, summary, summaryEn, subject);
    }

    private static (string, string, string) CreateUnit(OrganisationModel model, List<UnitRecord> records, OrganisationChange change, DateOnly date)
    {
        var id = NewId(change.UnitId, "unitId");
        if (model.HasUnit(id))
        {
            throw Invalid("unit-exists", "unitId", $"Đã có đơn vị \"{id}\". Chọn mã khác.", $"There is already a unit \"{id}\". Choose another id.");
        }

        var kind = model.FindKind(Required(change.KindId, "kindId"))
            ?? throw Invalid("kind-unknown", "kindId", $"Không có loại đơn vị \"{change.KindId}\".", $"There is no unit kind \"{change.KindId}\".");
        var parent = change.ParentId is { Length: > 0 } parentId ? InForce(model, parentId, date, "parentId") : null;
        var name = Required(change.Name, "name");
        records.Add(new UnitRecord(id, Required(change.Code, "code"), name, Blank(change.NameEn), kind.Id, parent?.Id, new ValidityPeriod(date, null), [], []));
        return (id,
            $"Thành lập {name} ({id}, {kind.Name}{(parent is null ? "" : $", thuộc {parent.Name}")}) từ ngày {Day(date)}.",
            $"Created {change.NameEn ?? name} ({id}, {kind.NameEn}{(parent is null ? "" : $", under {parent.DisplayName(CultureInfo.GetCultureInfo("en"))}")}) from {Iso(date)}.");
    }

    private static (string, string, string) ChangeUnit(OrganisationModel model, List<UnitRecord> records, OrganisationChange change, DateOnly date)
    {
        var current = InForce(model, Required(change.UnitId, "unitId"), date, "unitId");
        // A change scheduled later stays as planned: a further change is made from its first day on (the record then in force),
        // never before it, which would have to rewrite what was scheduled.
        if (model.HistoryOf(current.Id).FirstOrDefault(r => r.ValidFrom > current.ValidFrom) is { } later)
        {
            throw Invalid("unit-has-later-records", "effectiveDate",
                $"{current.Name} đã có thay đổi được lên lịch từ ngày {Day(later.ValidFrom)}. Chọn ngày hiệu lực từ {Day(later.ValidFrom)} trở đi để thay đổi tiếp.",
                $"{current.Name} already has a change scheduled from {Iso(later.ValidFrom)}. Choose an effective date on or after {Iso(later.ValidFrom)} to change it further.");
        }

        var english = CultureInfo.GetCultureInfo("en");
        var index = records.IndexOf(current);
        switch (change.Kind)
        {
            case OrganisationChangeKind.RenameUnit:
            {
                var name = Required(change.Name, "name");
                Split(records, index, date, current with { Name = name, NameEn = Blank(change.NameEn), Code = change.Code is { Length: > 0 } code ? code : current.Code });
                return (current.Id, $"Đổi tên {current.Name} thành {name} từ ngày {Day(date)}.",
                    $"Renamed {current.DisplayName(english)} to {change.NameEn ?? name} from {Iso(date)}.");
            }

            case OrganisationChangeKind.MoveUnit:
            {
                var parent = InForce(model, Required(change.ParentId, "parentId"), date, "parentId");
                if (parent.Id == current.Id || model.DescendantsAt(current.Id, date).Any(d => d.Id == parent.Id))
                {
                    throw Invalid("parent-cycle", "parentId",
                        $"{parent.Name} thuộc {current.Name}, nên không thể là đơn vị cấp trên của nó (vòng lặp). Chọn đơn vị khác.",
                        $"{parent.DisplayName(english)} belongs to {current.DisplayName(english)}, so it cannot be its parent (a cycle). Choose another unit.");
                }

                Split(records, index, date, current with { ParentId = parent.Id });
                return (current.Id, $"Chuyển {current.Name} về trực thuộc {parent.Name} từ ngày {Day(date)}.",
                    $"Moved {current.DisplayName(english)} under {parent.DisplayName(english)} from {Iso(date)}.");
            }

            case OrganisationChangeKind.MergeUnit:
            case OrganisationChangeKind.AbolishUnit:
            {
                var successor = InForce(model, Required(change.SuccessorId, "successorId"), date, "successorId");
                if (successor.Id == current.Id || model.DescendantsAt(current.Id, date).Any(d => d.Id == successor.Id))
                {
                    throw Invalid("successor-cycle", "successorId",
                        $"{successor.Name} là chính đơn vị này hoặc thuộc nó, nên không thể tiếp nhận công việc của nó. Chọn đơn vị khác.",
                        $"{successor.DisplayName(english)} is the unit itself or belongs to it, so it cannot take over its work. Choose another unit.");
                }

                var children = model.ChildrenAt(current.Id, date);
                var merging = change.Kind == OrganisationChangeKind.MergeUnit;
                if (!merging && children.Count > 0)
                {
                    throw Invalid("unit-has-divisions", "unitId",
                        $"{current.Name} còn đơn vị trực thuộc ({string.Join(", ", children.Select(c => c.Name))}). Chuyển hoặc giải thể chúng trước, hoặc chọn sáp nhập để chúng chuyển sang {successor.Name}.",
                        $"{current.DisplayName(english)} still has units under it ({string.Join(", ", children.Select(c => c.Id))}). Move or abolish them first, or merge so they move to {successor.DisplayName(english)}.");
                }

                if (date == current.ValidFrom)
                {
                    throw Invalid("effective-date-is-start", "effectiveDate",
                        $"{current.Name} mới bắt đầu từ ngày {Day(date)}; chọn ngày sau đó.",
                        $"{current.DisplayName(english)} only starts on {Iso(date)}; choose a later day.");
                }

                records[index] = Period(current, new ValidityPeriod(current.ValidFrom, date), [successor.Id]);

                foreach (var child in children)
                {
                    Split(records, records.IndexOf(child), date, child with { ParentId = successor.Id });
                }

                var moved = children.Count == 0 ? "" : $" Các đơn vị trực thuộc ({string.Join(", ", children.Select(c => c.Name))}) chuyển về {successor.Name}.";
                var movedEn = children.Count == 0 ? "" : $" Its units ({string.Join(", ", children.Select(c => c.Id))}) move under {successor.DisplayName(english)}.";
                return merging
                    ? (current.Id, $"Sáp nhập {current.Name} vào {successor.Name} từ ngày {Day(date)}.{moved}",
                        $"Merged {current.DisplayName(english)} into {successor.DisplayName(english)} from {Iso(date)}.{movedEn}")
                    : (current.Id, $"Giải thể {current.Name} từ ngày {Day(date)}; {successor.Name} tiếp nhận công việc.",
                        $"Abolished {current.DisplayName(english)} from {Iso(date)}; {successor.DisplayName(english)} takes over its work.");
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(change));
        }
    }

    /// <summary>Ends a record the day before <paramref name="date"/> and starts <paramref name="next"/> on it, right after it (a change on the record's first day replaces it).</summary>
    private static void Split(List<UnitRecord> records, int index, DateOnly date, UnitRecord next)
    {
        var current = records[index];
        var following = Period(next, new ValidityPeriod(date, current.ValidTo), current.Successors);
        if (date == current.ValidFrom)
        {
            records[index] = following;
            return;
        }

        records[index] = Period(current, new ValidityPeriod(current.ValidFrom, date), []);
        records.Insert(index + 1, following);
    }

    private static UnitRecord Period(UnitRecord record, ValidityPeriod validity, IReadOnlyList<string> successors) =>
        new(record.Id, record.Code, record.Name, record.NameEn, record.KindId, record.ParentId, validity, record.Serves, successors);

    private static UnitRecord InForce(OrganisationModel model, string unitId, DateOnly date, string field) =>
        model.UnitAt(unitId, date) ?? throw Invalid(model.HasUnit(unitId) ? "unit-not-in-force" : "unit-unknown", field,
            model.HasUnit(unitId) ? $"Đơn vị \"{unitId}\" không hoạt động ngày {Day(date)}." : $"Không có đơn vị \"{unitId}\". Chọn một đơn vị trong danh sách.",
            model.HasUnit(unitId) ? $"The unit \"{unitId}\" is not in force on {Iso(date)}." : $"There is no unit \"{unitId}\". Choose one from the list.");

    private static string NewId(string? id, string field)
    {
        var value = Required(id, field);
        return KebabCase().IsMatch(value) ? value
            : throw Invalid("id-invalid", field, $"Mã \"{value}\" phải viết thường, nối bằng dấu gạch ngang (ví dụ phong-kinh-te).",
                $"The id \"{value}\" must be lower-case kebab case (for example phong-kinh-te).");
    }

    private static string Required(string? value, string field) => string.IsNullOrWhiteSpace(value)
        ? throw Invalid("field-required", field, $"Thiếu {Labels[field].Vietnamese}: hãy điền hoặc chọn.",
            $"{Labels[field].English} is missing: fill it in or choose it.")
        : value.Trim();

    /// <summary>What each field is called in a sentence.</summary>
    private static readonly Dictionary<string, (string Vietnamese, string English)> Labels = new(StringComparer.Ordinal)
    {
        ["unitId"] = ("đơn vị", "The unit"),
        ["kindId"] = ("loại đơn vị", "The unit kind"),
        ["name"] = ("tên", "The name"),
        ["nameEn"] = ("tên tiếng Anh", "The English name"),
        ["code"] = ("mã định danh", "The agency code"),
        ["parentId"] = ("đơn vị cấp trên", "The parent unit"),
        ["successorId"] = ("đơn vị kế thừa", "The successor unit"),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The request field a loader problem most likely comes from.</summary>
    private static string FieldOf(string code) => code switch
    {
        OrganisationProblemCodes.InvalidAgencyCode or OrganisationProblemCodes.DuplicateAgencyCode => "code",
        OrganisationProblemCodes.EmptyText => "name",
        OrganisationProblemCodes.ParentNotInForce or OrganisationProblemCodes.ParentCycle => "parentId",
        OrganisationProblemCodes.SuccessorNotInForce => "successorId",
        _ => "unitId",
    };

    private static WorkflowException Invalid(string code, string field, string vietnamese, string english) =>
        new(WorkflowErrorKind.Invalid, code, vietnamese, english, field);

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
