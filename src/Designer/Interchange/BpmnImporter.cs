using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Localization;
using static Workflow.Designer.Interchange.BpmnVocabulary;

namespace Workflow.Designer.Interchange;

/// <summary>
/// Reads a BPMN 2.0 file into a procedure draft. A file this designer exported comes back as the
/// same definition: the flows give every link, the elements every step kind, the lanes the phases,
/// our extension elements the rest. A file from another modeler gives what BPMN can say (tasks,
/// gateways, waits, linked processes, ends, conditions) and a list of what could not be mapped,
/// each element with its id, type and what became of it. The reader refuses DTDs and external
/// entities and anything over <see cref="MaxFileLength"/>.
/// </summary>
public static partial class BpmnImporter
{
    /// <summary>The largest file read, in characters: 2 MB, far above any procedure's export.</summary>
    public const int MaxFileLength = 2 * 1024 * 1024;

    public static BpmnImport Import(string xml, CultureInfo? culture = null)
    {
        var document = Parse(xml, culture);
        var report = new List<UnmappedElement>();
        var processes = document.Root!.Elements(Model + "process").ToList();
        var process = processes.OrderByDescending(p => p.Elements().Count()).FirstOrDefault()
            ?? throw new BpmnImportException(Text.Pick(culture,
                "Tệp BPMN không có quy trình (bpmn:process) nào; hãy xuất lại từ công cụ vẽ với ít nhất một quy trình.",
                "The BPMN file has no process (bpmn:process); export it again from the modeler with at least one process."));
        foreach (var other in processes.Where(p => p != process))
        {
            report.Add(new UnmappedElement(Id(other), "process", Text.Pick(culture,
                "Chỉ đọc một quy trình mỗi tệp (quy trình có nhiều phần tử nhất); quy trình này bị bỏ qua.",
                "Only one process is read per file (the one with the most elements); this one was left out.")));
        }

        try
        {
            return new BpmnImport(new ProcessReader(process, culture, report).Read(), report);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException)
        {
            // Newtonsoft's conversions throw these when our extension JSON was edited into another shape
            // (an object where a step kind or a list belongs): the file cannot be read as it stands.
            throw new BpmnImportException(Text.Pick(culture,
                "Phần mở rộng trong tệp BPMN không đúng dạng của định nghĩa thủ tục (chẳng hạn một đối tượng ở chỗ cần một tên hay một danh sách); hãy xuất lại tệp từ trình thiết kế hoặc sửa phần đó rồi nhập lại.",
                "An extension in the BPMN file does not have the shape of a procedure definition (say, an object where a name or a list belongs); export the file again from the designer, or fix that part and import again."));
        }
    }

    private static XDocument Parse(string xml, CultureInfo? culture)
    {
        if (xml.Length > MaxFileLength)
        {
            throw new BpmnImportException(Text.Pick(culture,
                $"Tệp BPMN quá lớn ({xml.Length:N0} ký tự); giới hạn là {MaxFileLength:N0} ký tự.",
                $"The BPMN file is too large ({xml.Length:N0} characters); the limit is {MaxFileLength:N0}."), tooLarge: true);
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxFileLength,
            MaxCharactersFromEntities = 0,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (document.Root?.Name != Model + "definitions")
            {
                throw new BpmnImportException(Text.Pick(culture,
                    $"Tệp không phải BPMN 2.0: phần tử gốc phải là definitions trong không gian tên {Model.NamespaceName}.",
                    $"The file is not BPMN 2.0: its root must be definitions in the namespace {Model.NamespaceName}."));
            }

            return document;
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new BpmnImportException(Text.Pick(culture,
                "Tệp BPMN có khai báo DTD; vì an toàn không đọc DTD hay thực thể bên ngoài. Hãy xóa phần <!DOCTYPE ...> rồi nhập lại.",
                "The BPMN file declares a DTD; for safety, DTDs and external entities are not read. Remove the <!DOCTYPE ...> part and import again."));
        }
        catch (XmlException ex)
        {
            throw new BpmnImportException(Text.Pick(culture,
                $"Tệp không phải XML hợp lệ (dòng {ex.LineNumber}, cột {ex.LinePosition}): {ex.Message}",
                $"The file is not valid XML (line {ex.LineNumber}, column {ex.LinePosition}): {ex.Message}"));
        }
    }

    internal static string Id(XElement element) => (string?)element.Attribute("id") ?? "";

    /// <summary>A step or phase id from an XML id: our prefix taken off, or else lower case with dashes.</summary>
    internal static string Identifier(string elementId, string prefix)
    {
        if (elementId.StartsWith(prefix, StringComparison.Ordinal) && IdentifierPattern().IsMatch(elementId[prefix.Length..]))
        {
            return elementId[prefix.Length..];
        }

        var slug = NonIdentifier().Replace(elementId.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "step" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonIdentifier();
}
