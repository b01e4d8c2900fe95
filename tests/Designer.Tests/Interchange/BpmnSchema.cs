using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Workflow.Designer.Tests.Interchange;

/// <summary>The OMG's BPMN 2.0 schemas (BPMN20.xsd with Semantic, BPMNDI, DC and DI), compiled once.</summary>
public static class BpmnSchema
{
    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using var reader = XmlReader.Create(Path.Combine(AppContext.BaseDirectory, "Interchange", "Schemas", "BPMN20.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    /// <summary>Every error and warning the schemas find in the document, each with its line.</summary>
    public static IReadOnlyList<string> Problems(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Set.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
        {
            // Our extension namespace has no schema: lax content is skipped, which the validator reports as a warning only.
            if (e.Severity == XmlSeverityType.Error || !e.Message.Contains("urn:workflow:procedure:bpmn:1", StringComparison.Ordinal))
            {
                problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
            }
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    public static XDocument Parse(string xml) => XDocument.Parse(xml, LoadOptions.SetLineInfo);
}
