using Workflow.Engine.Calendars;
using System.Collections;
using System.Reflection;
using System.Text;
using Scriban.Runtime;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Templates;

namespace Workflow.Engine.Documents.Forms.Rendering;

/// <summary>
/// Copies form data into plain Scriban script objects with snake_case names
/// (<c>dossier.code</c>, <c>applicant.name</c>, <c>receiver.title</c>...), adds the <c>form</c>
/// object from the set's data, and the helper functions. Templates reach these values and
/// nothing else: no engine object is handed to Scriban.
/// </summary>
internal static class FormScriptModel
{
    private static readonly string DataNamespace = typeof(FormData).Namespace!;

    /// <summary>The variables a template sees: one per member of the data record, and <c>form</c>.</summary>
    public static ScriptObject Variables(FormData data, FormTemplateSet set, FormTemplate template)
    {
        var variables = new ScriptObject();
        foreach (var property in PublicProperties(data.GetType()))
        {
            // The purpose is the form's, not the data's: templates read it as form.purpose.
            if (property.Name == nameof(FormData.Purpose))
            {
                continue;
            }

            variables[SnakeCase(property.Name)] = ToScript(property.GetValue(data));
        }

        variables["form"] = FormObject(set, template);
        return variables;
    }

    /// <summary>The helper functions, in their own scope below the data.</summary>
    public static ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(FormScriptFunctions));
        foreach (var name in functions.Keys.ToList())
        {
            functions.SetReadOnly(name, true);
        }

        return functions;
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>"OnTime" is written "on-time" in data and templates.</summary>
    internal static string KebabCase(string name) => SnakeCase(name).Replace('_', '-');

    internal static bool TryParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (KebabCase(candidate.ToString()) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static ScriptObject FormObject(FormTemplateSet set, FormTemplate template)
    {
        var paper = new ScriptObject
        {
            ["name"] = template.Paper.Name,
            ["orientation"] = template.Paper.Orientation == PaperOrientation.Portrait ? "portrait" : "landscape",
            ["css"] = template.Paper.Css,
            ["width_mm"] = template.Paper.WidthMm,
            ["height_mm"] = template.Paper.HeightMm,
        };
        var copies = new ScriptArray();
        foreach (var copy in template.Copies)
        {
            copies.Add(copy);
        }

        return new ScriptObject
        {
            ["purpose"] = template.Purpose,
            ["number"] = template.Number,
            ["title"] = template.Title,
            ["paper"] = paper,
            ["copies"] = copies,
            ["set_id"] = set.Id,
            ["set_name"] = set.Name,
            ["circular"] = set.Circular,
        };
    }

    private static object? ToScript(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                // Scriban counts "" as true; an empty text is no value, so "if x" and "x ?? y" read naturally.
                return string.IsNullOrWhiteSpace(text) ? null : text;
            case bool or int or long or decimal or double:
                return value;
            case DateTimeOffset instant:
                // Handed over as an opaque value for the vn_* helpers; member access to
                // .NET objects is switched off in the renderer.
                return VietnamTime.ToLocal(instant);
            case DateOnly:
                return value;
            case Enum member:
                return KebabCase(member.ToString());
            case IEnumerable items:
                var array = new ScriptArray();
                foreach (var item in items)
                {
                    array.Add(ToScript(item));
                }

                return array;
        }

        var type = value.GetType();
        if (type.Namespace != DataNamespace)
        {
            throw new InvalidOperationException($"Form data may hold only plain values and the records of {DataNamespace}; {type.FullName} cannot be shown to templates.");
        }

        var record = new ScriptObject();
        foreach (var property in PublicProperties(type))
        {
            record[SnakeCase(property.Name)] = ToScript(property.GetValue(value));
        }

        return record;
    }

    private static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0);
}
