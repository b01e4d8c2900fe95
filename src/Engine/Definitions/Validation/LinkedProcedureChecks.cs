using System.Globalization;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Validation;

/// <summary>
/// Checks the file steps (liên thông) once every procedure is loaded, since they name other
/// procedures: the child procedure exists (WF085), the chain never files a procedure that is
/// already on it (WF086), passed fields exist in the child with the same type (WF087), the receiving
/// unit kind is the child's (WF088), and every field the child requires is passed on (WF089).
/// Each child is checked against its newest loaded version, the one new dossiers are heading for.
/// </summary>
public static class LinkedProcedureChecks
{
    public static IEnumerable<Problem> Check(IReadOnlyCollection<ProcedureDefinition> loaded, CultureInfo? culture)
    {
        var catalog = new ProcedureCatalog(loaded);
        string T(string vi, string en) => Text.Pick(culture, vi, en);
        foreach (var definition in loaded)
        {
            var steps = definition.Process.Steps;
            for (var i = 0; i < steps.Count; i++)
            {
                if (steps[i] is not { Kind: StepKind.File, Procedure: { } childId } step)
                {
                    continue;
                }

                var path = $"$.process.steps[{i}]";
                Problem Error(string code, string member, string vi, string en) =>
                    new(ProblemSeverity.Error, code, definition.Source.File, 1, 1, $"{path}.{member}", T(vi, en));

                if (catalog.Versions(childId).LastOrDefault() is not { } child)
                {
                    yield return Error(ProblemCodes.LinkedProcedureUnknown, "procedure",
                        $"Bước \"{step.Id}\" lập hồ sơ liên thông của thủ tục \"{childId}\", nhưng không nạp được phiên bản nào của thủ tục này. Tạo procedures/{childId}/v1.json hoặc sửa \"procedure\"; các thủ tục có: {string.Join(", ", catalog.ProcedureIds)}.",
                        $"The step \"{step.Id}\" files a linked dossier of \"{childId}\", but no version of that procedure is loaded. Create procedures/{childId}/v1.json or correct \"procedure\"; procedures: {string.Join(", ", catalog.ProcedureIds)}.");
                    continue;
                }

                if (Cycle(catalog, definition.Id, childId, [definition.Id]) is { } chain)
                {
                    var shown = string.Join(" → ", chain);
                    yield return Error(ProblemCodes.LinkedProcedureCycle, "procedure",
                        $"Chuỗi liên thông quay lại chính nó: {shown}. Một hồ sơ sẽ lập hồ sơ liên thông mãi không dừng; bỏ một bước lập hồ sơ trong chuỗi.",
                        $"The linked chain comes back on itself: {shown}. A dossier would file linked dossiers for ever; remove one file step of the chain.");
                }

                if (step.Receiver is { } receiver && receiver.UnitKind != child.ReceivingUnitKind)
                {
                    yield return Error(ProblemCodes.LinkedReceiverKindMismatch, "receiver.unitKind",
                        $"Bước \"{step.Id}\" gửi hồ sơ \"{child.Name}\" đến loại đơn vị \"{receiver.UnitKind}\", nhưng thủ tục đó được tiếp nhận tại loại \"{child.ReceivingUnitKind}\" ({child.Key}). Ghi \"unitKind\": \"{child.ReceivingUnitKind}\".",
                        $"The step \"{step.Id}\" sends the \"{child.Name}\" dossier to a unit of kind \"{receiver.UnitKind}\", but that procedure is received at \"{child.ReceivingUnitKind}\" ({child.Key}). Write \"unitKind\": \"{child.ReceivingUnitKind}\".");
                }

                for (var f = 0; f < step.Pass.Count; f++)
                {
                    var own = definition.Data.FirstOrDefault(d => d.Id == step.Pass[f]);
                    var theirs = child.Data.FirstOrDefault(d => d.Id == step.Pass[f]);
                    if (own is null)
                    {
                        continue; // reported by the definition's own validator
                    }

                    if (theirs is null)
                    {
                        yield return Error(ProblemCodes.LinkedFieldUnknown, $"pass[{f}]",
                            $"Bước \"{step.Id}\" chuyển trường \"{own.Id}\" sang hồ sơ \"{child.Name}\", nhưng {child.Key} không có trường đó. Các trường của nó: {string.Join(", ", child.Data.Select(d => d.Id))}.",
                            $"The step \"{step.Id}\" passes \"{own.Id}\" to the \"{child.Name}\" dossier, but {child.Key} has no such field. Its fields: {string.Join(", ", child.Data.Select(d => d.Id))}.");
                    }
                    else if (theirs.Type != own.Type)
                    {
                        yield return Error(ProblemCodes.LinkedFieldUnknown, $"pass[{f}]",
                            $"Trường \"{own.Id}\" là {own.Type.ToString().ToLowerInvariant()} ở thủ tục này nhưng là {theirs.Type.ToString().ToLowerInvariant()} ở {child.Key}; hai trường phải cùng kiểu.",
                            $"The field \"{own.Id}\" is a {own.Type.ToString().ToLowerInvariant()} here but a {theirs.Type.ToString().ToLowerInvariant()} in {child.Key}; both must have the same type.");
                    }
                }

                foreach (var required in child.Data.Where(d => d.Required && !step.Pass.Contains(d.Id)))
                {
                    yield return Error(ProblemCodes.LinkedRequiredFieldNotPassed, "pass",
                        $"Thủ tục {child.Key} bắt buộc trường \"{required.Id}\" ({required.Name}), nhưng bước \"{step.Id}\" không chuyển trường đó: hồ sơ liên thông sẽ không lập được. Thêm \"{required.Id}\" vào \"pass\" (và vào dữ liệu của thủ tục này nếu chưa có).",
                        $"{child.Key} requires the field \"{required.Id}\" ({required.Name}), but the step \"{step.Id}\" does not pass it: the linked dossier could not be filed. Add \"{required.Id}\" to \"pass\" (and to this procedure's data if missing).");
                }
            }
        }
    }

    /// <summary>The chain from the root back to a procedure already on it, if the children of <paramref name="procedureId"/> lead there.</summary>
    private static List<string>? Cycle(ProcedureCatalog catalog, string rootId, string procedureId, List<string> chain)
    {
        chain = [.. chain, procedureId];
        if (procedureId == rootId)
        {
            return chain;
        }

        if (chain.Count > 20 || catalog.Versions(procedureId).LastOrDefault() is not { } definition)
        {
            return null;
        }

        foreach (var next in definition.Process.Steps.Where(s => s.Kind == StepKind.File).Select(s => s.Procedure).OfType<string>().Distinct())
        {
            // A cycle that does not pass through the root is reported on its own procedures.
            if (next != rootId && chain.Contains(next))
            {
                continue;
            }

            if (Cycle(catalog, rootId, next, chain) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
