using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Identifiers;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Validation;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// Plans a public-facts import (the dry run): each row is matched to a procedure (by its id column, else by its
/// national code), its facts are written into a copy of the procedure's newest version, and the result is checked
/// with <see cref="ImportValidator"/>. New procedures get a draft v1 with a skeleton process to be replaced by the
/// approved one; changed ones a draft of their next version. Nothing is written here: <see cref="DraftWriter"/> writes
/// the rows a person confirmed.
/// </summary>
public sealed class FactsImporter(string proceduresRoot, DefinitionLoadOptions options, ImportValidator validate)
{
    private CultureInfo? Culture => options.Culture;

    public IReadOnlyList<FactsRowResult> Plan(IReadOnlyList<TableRow> rows)
    {
        var header = TableHeader.Find(rows, FactsColumns.All, Culture);
        var existing = ExistingByCode();
        var takenIds = DraftTarget.ProcedureIds(proceduresRoot).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<FactsRowResult>();
        foreach (var row in rows.Where(r => r.Number > header.Row && !r.IsBlank))
        {
            results.Add(PlanRow(row, header, existing, takenIds, seen));
        }

        return results;
    }

    private FactsRowResult PlanRow(TableRow row, TableHeader header, IReadOnlyDictionary<string, string> existing, HashSet<string> takenIds, Dictionary<string, int> seen)
    {
        var code = header.Cell(row, FactsColumns.Code);
        var name = header.Cell(row, FactsColumns.Name);
        var given = header.Cell(row, FactsColumns.Id);
        FactsRowResult Refuse(TableColumn column, string vietnamese, string english) =>
            new(row.Number, code, null, name, ImportOutcome.Refused, null, null, [], [new ImportIssue(row.Number, header.Name(column, Culture), Text.Pick(Culture, vietnamese, english))]);

        if (code.Length == 0 && given.Length == 0)
        {
            return Refuse(FactsColumns.Code, "Thiếu mã thủ tục: ghi mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính (ví dụ 1.000656); không tự đặt mã.",
                "The procedure code is missing: write its code in the national procedure database (such as 1.000656); never make one up.");
        }

        if (name.Length == 0)
        {
            return Refuse(FactsColumns.Name, "Thiếu tên thủ tục.", "The procedure name is missing.");
        }

        if (given.Length > 0 && !StepIdentifiers.IsValid(given))
        {
            return Refuse(FactsColumns.Id, $"\"{given}\" không dùng được làm mã quy trình: chỉ chữ thường không dấu, chữ số và dấu gạch nối (ví dụ dang-ky-khai-tu).",
                $"\"{given}\" cannot be a procedure id: lower-case letters without accents, digits and hyphens only (such as death-registration).");
        }

        var id = given.Length > 0 ? given : existing.GetValueOrDefault(code) ?? StepIdentifiers.FromName(name, takenIds, "thu-tuc");
        if (code.Length == 0 && !takenIds.Contains(id))
        {
            return Refuse(FactsColumns.Code, "Thủ tục mới cần mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính (ví dụ 1.000656); không tự đặt mã.",
                "A new procedure needs its code in the national procedure database (such as 1.000656); never make one up.");
        }

        if (seen.TryGetValue(id, out var earlier))
        {
            return Refuse(given.Length > 0 ? FactsColumns.Id : FactsColumns.Code, $"Thủ tục {id} đã có ở dòng {earlier}; mỗi thủ tục chỉ một dòng.",
                $"The procedure {id} is already on row {earlier}; one row per procedure.");
        }

        seen[id] = row.Number;
        takenIds.Add(id);
        DraftTarget target;
        try
        {
            target = DraftTarget.For(proceduresRoot, id, options.PublishedRecords);
        }
        catch (JsonException)
        {
            return Refuse(FactsColumns.Code, $"Phiên bản mới nhất của {id} không đọc được (JSON hỏng); sửa tệp đó rồi nhập lại.",
                $"The newest version of {id} cannot be read (broken JSON); fix that file and import again.");
        }

        var definition = (JObject?)target.Newest?.DeepClone() ?? NewDefinition(id);
        var issues = new List<ImportIssue>();
        foreach (var column in FactsColumns.Facts.Where(header.Has))
        {
            var cell = header.Cell(row, column);
            if (cell.Length == 0)
            {
                continue;
            }

            if (FactsCells.Apply(definition, column, cell, Culture) is { } problem)
            {
                issues.Add(new ImportIssue(row.Number, header.Name(column, Culture), problem));
            }
        }

        if (target.Newest is null)
        {
            foreach (var column in new[] { FactsColumns.Field, FactsColumns.Level, FactsColumns.StatutoryTime }.Where(c => header.Cell(row, c).Length == 0))
            {
                issues.Add(new ImportIssue(row.Number, header.Name(column, Culture), Text.Pick(Culture,
                    $"Thủ tục mới cần cột \"{column.Vietnamese}\".", $"A new procedure needs the column \"{column.English}\".")));
            }
        }

        if (issues.Count > 0)
        {
            return new FactsRowResult(row.Number, code, id, name, ImportOutcome.Refused, null, null, [], issues);
        }

        if (target.Newest is null)
        {
            NewProcedureSkeleton.Complete(definition, options.Organisation);
        }

        var changes = target.Newest is null ? [] : FactsColumns.Facts
            .Select(c => new CellChange(c.Header(Culture), FactsCells.Render(target.Newest, c), FactsCells.Render(definition, c)))
            .Where(c => c.Before != c.After).ToList();
        if (target.Newest is not null && changes.Count == 0)
        {
            return new FactsRowResult(row.Number, code, id, name, ImportOutcome.Unchanged, null, null, [], []);
        }

        definition["version"] = target.Version;
        definition["status"] = "draft";
        var text = DraftTarget.TextOf(definition);
        var checkedDraft = validate(text, id, target.Version);
        var errors = checkedDraft.Problems.Where(p => p.IsError).Select(p => new ImportIssue(row.Number, ColumnOf(p.JsonPath, header), p.Message)).ToList();
        return errors.Count > 0
            ? new FactsRowResult(row.Number, code, id, name, ImportOutcome.Refused, null, null, changes, errors)
            : new FactsRowResult(row.Number, code, id, name, target.Newest is null ? ImportOutcome.Created : ImportOutcome.Changed, target.Version, text, changes, []) { UpdatesDraft = target.UpdatesDraft };
    }

    private string ColumnOf(string path, TableHeader header)
    {
        var member = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..].Split('.', '[')[0] : "";
        TableColumn? column = member switch
        {
            "code" => FactsColumns.Code,
            "name" => FactsColumns.Name,
            "field" => FactsColumns.Field,
            "level" => FactsColumns.Level,
            "receivingUnitKind" => FactsColumns.ReceivingUnitKind,
            "statutoryTime" => FactsColumns.StatutoryTime,
            "fees" => FactsColumns.Fees,
            "documents" => FactsColumns.Documents,
            "results" => FactsColumns.Results,
            "legalBasis" => FactsColumns.LegalBasis,
            "onlineMode" => FactsColumns.OnlineMode,
            _ => null,
        };
        return column is null ? Text.Pick(Culture, "(cả dòng)", "(whole row)") : header.Name(column, Culture);
    }

    private static JObject NewDefinition(string id) => new()
    {
        ["$schema"] = "../procedure.schema.json",
        ["id"] = id,
        ["code"] = "",
        ["version"] = 1,
        ["status"] = "draft",
        ["name"] = "",
    };

    /// <summary>Procedure ids by the national code their newest version carries.</summary>
    private IReadOnlyDictionary<string, string> ExistingByCode()
    {
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in DraftTarget.ProcedureIds(proceduresRoot))
        {
            try
            {
                var newest = VersionNumbers.OnDisk(proceduresRoot, id).Max();
                if (DefinitionJson.Parse(File.ReadAllText(DefinitionPublisher.VersionPath(proceduresRoot, id, newest)))["code"] is JValue { Value: string code } && code.Length > 0)
                {
                    byCode.TryAdd(code, id);
                }
            }
            catch (JsonException)
            {
                // A broken file is the loader's to report; its procedure is simply not found by code.
            }
        }

        return byCode;
    }
}
