using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Identifiers;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Localization;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// Plans an internal-process import into a procedure's draft: each row becomes a task, in the table's order, assigned
/// to the role at the unit kind (or the fixed unit) the table names and lasting its time; the last one ends the dossier
/// issued. Unit and role cells are matched with the organisation by id or name; what cannot be matched, a time that
/// does not parse and steps out of order are listed with row and column. The process replaces the draft's process
/// (phases, which name the old steps, are dropped); the rest of the procedure is kept. Nothing is written here.
/// </summary>
public sealed class ProcessTableImporter(string proceduresRoot, OrganisationModel organisation, DefinitionLoadOptions options, ImportValidator validate)
{
    private const string EndStepId = "da-tra-ket-qua";

    private CultureInfo? Culture => options.Culture;

    public ProcessImport Plan(string procedureId, IReadOnlyList<TableRow> rows)
    {
        var target = DraftTarget.For(proceduresRoot, procedureId, options.PublishedRecords);
        if (target.Newest is null)
        {
            var missing = new ImportIssue(0, "", Text.Pick(Culture,
                $"Chưa có thủ tục \"{procedureId}\": nhập thông tin công khai của thủ tục trước (workflow import facts), rồi nhập quy trình nội bộ.",
                $"There is no procedure \"{procedureId}\": import its public facts first (workflow import facts), then its internal process."));
            return new ProcessImport(procedureId, target.Version, false, [], [missing], null);
        }

        var header = TableHeader.Find(rows, ProcessColumns.All, Culture);
        var issues = new List<ImportIssue>();
        var steps = new List<ImportedStep>();
        var durations = new List<JObject>();
        var position = 0;
        foreach (var row in rows.Where(r => r.Number > header.Row && !r.IsBlank && !IsTotal(header.Cell(r, ProcessColumns.Step))))
        {
            if (ReadStep(row, ++position, header, steps, issues) is { } step)
            {
                steps.Add(step.Step);
                durations.Add(step.Duration);
            }
        }

        if (steps.Count == 0 && issues.Count == 0)
        {
            issues.Add(new ImportIssue(header.Row, header.Name(ProcessColumns.Step, Culture), Text.Pick(Culture,
                "Bảng không có bước nào dưới dòng tiêu đề.", "The table has no step under its header row.")));
        }

        if (issues.Count > 0)
        {
            return new ProcessImport(procedureId, target.Version, target.UpdatesDraft, steps, issues, null);
        }

        var definition = (JObject)target.Newest.DeepClone();
        definition["version"] = target.Version;
        definition["status"] = "draft";
        definition["process"] = Process(steps, durations);
        var text = DraftTarget.TextOf(definition);
        var problems = validate(text, procedureId, target.Version).Problems.Where(p => p.IsError)
            .Select(p => new ImportIssue(RowOf(p.JsonPath, steps), ColumnOf(p.JsonPath, header), p.Message)).ToList();
        return new ProcessImport(procedureId, target.Version, target.UpdatesDraft, steps, problems, problems.Count == 0 ? text : null);
    }

    private (ImportedStep Step, JObject Duration)? ReadStep(TableRow row, int expected, TableHeader header, List<ImportedStep> earlier, List<ImportIssue> issues)
    {
        var before = issues.Count;
        void Issue(TableColumn column, string vietnamese, string english) =>
            issues.Add(new ImportIssue(row.Number, header.Name(column, Culture), Text.Pick(Culture, vietnamese, english)));

        var numberText = header.Cell(row, ProcessColumns.Step);
        if (!int.TryParse(numberText.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != expected)
        {
            Issue(ProcessColumns.Step, $"Bước \"{numberText}\" không đúng thứ tự: ở đây phải là bước {expected}.",
                $"Step \"{numberText}\" is out of order: this should be step {expected}.");
        }

        var name = header.Cell(row, ProcessColumns.Content);
        if (name.Length == 0)
        {
            Issue(ProcessColumns.Content, "Thiếu nội dung công việc của bước.", "The step's work is missing.");
        }

        var unitCell = header.Cell(row, ProcessColumns.Unit);
        var (kind, unit) = MatchUnit(unitCell);
        if (kind is null)
        {
            Issue(ProcessColumns.Unit,
                $"Đơn vị \"{unitCell}\" không có trong cơ cấu tổ chức: ghi tên hoặc mã một loại đơn vị ({string.Join(", ", organisation.Kinds.Take(4).Select(k => k.Name))}...) hoặc một đơn vị cụ thể.",
                $"The unit \"{unitCell}\" is not in the organisation: write the name or id of a unit kind ({string.Join(", ", organisation.Kinds.Take(4).Select(k => k.Id))}...) or of one unit.");
        }

        var roleCell = header.Cell(row, ProcessColumns.Role);
        var role = organisation.Roles.FirstOrDefault(r => Same(r.Id, roleCell) || Same(r.Name, roleCell) || Same(r.NameEn, roleCell));
        if (role is null)
        {
            var roles = kind?.RoleIds.Select(r => organisation.FindRole(r)).OfType<Role>().ToList() is { Count: > 0 } ofKind ? ofKind : organisation.Roles.Take(4).ToList();
            Issue(ProcessColumns.Role, $"Vai trò \"{roleCell}\" không có trong cơ cấu tổ chức; ghi tên hoặc mã một vai trò: {string.Join(", ", roles.Select(r => r.Name))}.",
                $"The role \"{roleCell}\" is not in the organisation; write the name or id of a role: {string.Join(", ", roles.Select(r => r.Id))}.");
        }
        else if (kind is not null && !organisation.KindHasRole(kind.Id, role.Id))
        {
            Issue(ProcessColumns.Role, $"{kind.Name} không có vai trò \"{role.Name}\"; vai trò ở đó là: {string.Join(", ", kind.RoleIds.Select(r => organisation.FindRole(r)?.Name ?? r))}.",
                $"{kind.NameEn} has no role \"{role.NameEn}\"; its roles are: {string.Join(", ", kind.RoleIds)}.");
        }

        var timeCell = header.Cell(row, ProcessColumns.Time);
        var duration = DurationCell.Parse(timeCell);
        if (duration is null || (string?)duration["unit"] == "same-day")
        {
            Issue(ProcessColumns.Time, $"Thời gian \"{timeCell}\" không đọc được; viết như \"0,5 ngày làm việc\", \"4 giờ làm việc\" hoặc \"2 ngày\".",
                $"The time \"{timeCell}\" cannot be read; write it like \"0,5 ngày làm việc\", \"4 working hours\" or \"2 days\".");
        }

        if (issues.Count > before)
        {
            return null;
        }

        var id = StepIdentifiers.FromName(name, earlier.Select(s => s.Id).Append(EndStepId));
        return (new ImportedStep(row.Number, number, id, name, role!.Id, kind!.Id, unit?.Id, DurationCell.Format(duration!)), duration!);
    }

    private (UnitKind? Kind, UnitRecord? Unit) MatchUnit(string cell)
    {
        if (organisation.Kinds.FirstOrDefault(k => Same(k.Id, cell) || Same(k.Name, cell) || Same(k.NameEn, cell)) is { } kind)
        {
            return (kind, null);
        }

        var unit = organisation.Records.LastOrDefault(r => Same(r.Id, cell) || Same(r.Name, cell) || Same(r.Code, cell) || Same(r.NameEn ?? "", cell));
        return unit is null ? (null, null) : (organisation.FindKind(unit.KindId), unit);
    }

    private static JObject Process(IReadOnlyList<ImportedStep> steps, IReadOnlyList<JObject> durations)
    {
        var array = new JArray();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var last = i == steps.Count - 1;
            var json = new JObject { ["id"] = step.Id, ["name"] = step.Name, ["kind"] = "task" };
            if (steps.Count > 1 && (i == 0 || last))
            {
                json["phase"] = i == 0 ? "intake" : "return";
            }

            var assignee = new JObject { ["role"] = step.Role, ["unitKind"] = step.UnitKind };
            if (step.Unit is not null)
            {
                assignee["unit"] = step.Unit;
            }

            json["assignee"] = assignee;
            json["duration"] = durations[i];
            json["outcomes"] = new JArray(last
                ? new JObject { ["id"] = "tra-ket-qua", ["name"] = "Đã trả kết quả", ["kind"] = "approve", ["to"] = EndStepId }
                : new JObject { ["id"] = "chuyen-tiep", ["name"] = "Chuyển bước tiếp theo", ["kind"] = "forward", ["to"] = steps[i + 1].Id });
            array.Add(json);
        }

        array.Add(new JObject { ["id"] = EndStepId, ["name"] = "Đã trả kết quả", ["kind"] = "end", ["result"] = "issued" });
        return new JObject { ["start"] = steps[0].Id, ["steps"] = array };
    }

    private static int RowOf(string path, IReadOnlyList<ImportedStep> steps) =>
        path.StartsWith("$.process.steps[", StringComparison.Ordinal) && int.TryParse(path["$.process.steps[".Length..].Split(']')[0], CultureInfo.InvariantCulture, out var index) && index < steps.Count
            ? steps[index].Row
            : 0;

    private string ColumnOf(string path, TableHeader header) =>
        path.Contains(".assignee.role", StringComparison.Ordinal) ? header.Name(ProcessColumns.Role, Culture)
        : path.Contains(".assignee", StringComparison.Ordinal) ? header.Name(ProcessColumns.Unit, Culture)
        : path.Contains(".duration", StringComparison.Ordinal) || path.Contains("statutoryTime", StringComparison.Ordinal) || path == "$.process" ? header.Name(ProcessColumns.Time, Culture)
        : Text.Pick(Culture, "(cả bảng)", "(whole table)");

    private static bool IsTotal(string stepCell) =>
        stepCell.StartsWith("Tổng", StringComparison.OrdinalIgnoreCase) || stepCell.StartsWith("Total", StringComparison.OrdinalIgnoreCase);

    private static bool Same(string a, string b) => b.Length > 0 && string.Equals(TableColumn.Normalise(a), TableColumn.Normalise(b), StringComparison.OrdinalIgnoreCase);
}
