using System.Globalization;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Validation;

/// <summary>
/// Checks each document's <c>fromStore</c> types once every procedure is loaded, since they name
/// other procedures' results: a type <c>&lt;procedure&gt;/&lt;result&gt;</c> must be a result some loaded
/// version of that procedure issues (WF092); otherwise the store could never offer anything for it.
/// </summary>
public static class StoreTypeChecks
{
    public static IEnumerable<Problem> Check(IReadOnlyCollection<ProcedureDefinition> loaded, CultureInfo? culture)
    {
        var catalog = new ProcedureCatalog(loaded);
        foreach (var definition in loaded)
        {
            for (var d = 0; d < definition.Documents.Count; d++)
            {
                var document = definition.Documents[d];
                for (var t = 0; t < document.FromStore.Count; t++)
                {
                    var type = document.FromStore[t];
                    var slash = type.IndexOf('/', StringComparison.Ordinal);
                    var procedureId = slash < 0 ? type : type[..slash];
                    var resultId = slash < 0 ? "" : type[(slash + 1)..];
                    var results = catalog.Versions(procedureId).SelectMany(v => v.Results).Select(r => r.Id).Distinct().ToList();
                    if (results.Contains(resultId))
                    {
                        continue;
                    }

                    var known = results.Count == 0
                        ? Text.Pick(culture, $"không nạp được thủ tục \"{procedureId}\" nào có kết quả", $"no procedure \"{procedureId}\" with results is loaded")
                        : Text.Pick(culture, $"kết quả của \"{procedureId}\" là: {string.Join(", ", results)}", $"the results of \"{procedureId}\" are: {string.Join(", ", results)}");
                    yield return new Problem(ProblemSeverity.Error, ProblemCodes.StoreTypeUnknown, definition.Source.File, 1, 1, $"$.documents[{d}].fromStore[{t}]", Text.Pick(culture,
                        $"Giấy tờ \"{document.Id}\" nhận từ kho dữ liệu loại \"{type}\", nhưng {known}. Ghi loại dạng <thủ tục>/<kết quả> của một kết quả có thật.",
                        $"The document \"{document.Id}\" takes the store type \"{type}\", but {known}. Write the type as <procedure>/<result> of a result that exists."));
                }
            }
        }
    }
}
