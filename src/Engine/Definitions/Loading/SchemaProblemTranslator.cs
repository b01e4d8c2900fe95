using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Loading;

/// <summary>Turns JSON Schema validation errors into located problems with plain sentences.</summary>
public static class SchemaProblemTranslator
{
    public static void Validate(JsonSchema schema, JToken root, ProblemList problems, CultureInfo? culture)
    {
        foreach (var error in Leaves(schema.Validate(root)))
        {
            Translate(error, root, problems, culture);
        }
    }

    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Leaves(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static void Translate(ValidationError error, JToken root, ProblemList problems, CultureInfo? culture)
    {
        var path = (error.Path ?? "#/").TrimStart('#').TrimStart('/');
        var token = Select(root, path);
        var name = error.Property ?? LastSegment(path);
        var value = token is JValue v ? v.ToString(CultureInfo.InvariantCulture) : null;
        var allowed = AllowedValues(error.Schema);

        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                problems.Error(ProblemCodes.UnknownField, token, Text.Pick(culture,
                    $"Trường \"{name}\" không có trong định dạng quy trình. Kiểm tra chính tả hoặc xoá trường này.",
                    $"The field \"{name}\" is not part of the procedure format. Check its spelling or remove it."));
                break;
            case ValidationErrorKind.PropertyRequired:
                var parent = Select(root, ParentPath(path)) ?? root;
                problems.Error(ProblemCodes.MissingField, parent, Text.Pick(culture,
                    $"Thiếu trường bắt buộc \"{name}\". Thêm \"{name}\" vào đối tượng này.",
                    $"The required field \"{name}\" is missing. Add \"{name}\" to this object."));
                break;
            case ValidationErrorKind.NotInEnumeration:
                problems.Error(ProblemCodes.InvalidValue, token, Text.Pick(culture,
                    $"Giá trị \"{value}\" của \"{name}\" không hợp lệ. Chọn một trong: {allowed}.",
                    $"\"{value}\" is not a valid value for \"{name}\". Use one of: {allowed}."));
                break;
            case ValidationErrorKind.PatternMismatch:
                problems.Error(ProblemCodes.InvalidValue, token, PatternSentence(name, value, error.Schema, culture));
                break;
            case ValidationErrorKind.ItemsNotUnique:
                problems.Error(ProblemCodes.InvalidValue, token, Text.Pick(culture,
                    $"Danh sách \"{name}\" có phần tử lặp lại. Mỗi giá trị chỉ ghi một lần.",
                    $"The list \"{name}\" repeats an item. List each value once."));
                break;
            case ValidationErrorKind.TooFewItems:
                problems.Error(ProblemCodes.InvalidValue, token, Text.Pick(culture,
                    $"Danh sách \"{name}\" không được rỗng.",
                    $"The list \"{name}\" must not be empty."));
                break;
            case ValidationErrorKind.StringTooShort:
                problems.Error(ProblemCodes.InvalidValue, token, Text.Pick(culture,
                    $"\"{name}\" không được để trống.",
                    $"\"{name}\" must not be empty."));
                break;
            case ValidationErrorKind.NumberTooSmall:
                problems.Error(ProblemCodes.InvalidValue, token, Text.Pick(culture,
                    $"\"{name}\" = {value} nhỏ hơn mức tối thiểu {error.Schema?.Minimum}.",
                    $"\"{name}\" = {value} is below the minimum {error.Schema?.Minimum}."));
                break;
            default:
                var expected = ExpectedType(error.Kind, culture);
                problems.Error(ProblemCodes.InvalidValue, token, expected is not null
                    ? Text.Pick(culture,
                        $"\"{name}\" phải là {expected}.",
                        $"\"{name}\" must be {expected}.")
                    : Text.Pick(culture,
                        $"\"{name}\" không đúng định dạng ({error.Kind}).",
                        $"\"{name}\" does not match the format ({error.Kind})."));
                break;
        }
    }

    private static string PatternSentence(string name, string? value, JsonSchema? schema, CultureInfo? culture)
    {
        var pattern = schema?.Pattern ?? schema?.ActualSchema.Pattern ?? "";
        var (vi, en) = pattern switch
        {
            _ when pattern.Contains("[a-z0-9]+(-[a-z0-9]+)*", StringComparison.Ordinal) =>
                ("chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ \"to-khai\"", "lower-case letters, digits and hyphens only, e.g. \"application-form\""),
            _ when pattern.Contains("{6}", StringComparison.Ordinal) => ("có dạng 1.001193", "shaped like 1.001193"),
            _ when pattern.Contains("{4}-", StringComparison.Ordinal) => ("là ngày dạng yyyy-MM-dd", "a date written yyyy-MM-dd"),
            _ when pattern.Contains("[0-5][0-9]", StringComparison.Ordinal) => ("là giờ dạng HH:mm", "a time written HH:mm"),
            _ => ($"khớp mẫu {pattern}", $"match the pattern {pattern}"),
        };
        return Text.Pick(culture, $"\"{name}\" = \"{value}\" không hợp lệ: phải {vi}.", $"\"{name}\" = \"{value}\" is not valid: it must be {en}.");
    }

    private static string? ExpectedType(ValidationErrorKind kind, CultureInfo? culture) => kind switch
    {
        ValidationErrorKind.StringExpected => Text.Pick(culture, "một chuỗi ký tự", "a string"),
        ValidationErrorKind.IntegerExpected => Text.Pick(culture, "một số nguyên", "a whole number"),
        ValidationErrorKind.NumberExpected => Text.Pick(culture, "một số", "a number"),
        ValidationErrorKind.BooleanExpected => Text.Pick(culture, "true hoặc false", "true or false"),
        ValidationErrorKind.ArrayExpected => Text.Pick(culture, "một danh sách [...]", "a list [...]"),
        ValidationErrorKind.ObjectExpected => Text.Pick(culture, "một đối tượng {...}", "an object {...}"),
        _ => null,
    };

    private static string AllowedValues(JsonSchema? schema)
    {
        var actual = schema?.ActualSchema;
        return actual is null ? "" : string.Join(", ", actual.Enumeration.Select(e => $"\"{e}\""));
    }

    private static JToken? Select(JToken root, string path) => string.IsNullOrEmpty(path) ? root : root.SelectToken(path);

    private static string ParentPath(string path)
    {
        var dot = path.LastIndexOf('.');
        var bracket = path.LastIndexOf('[');
        var cut = Math.Max(dot, bracket);
        return cut <= 0 ? "" : path[..cut];
    }

    private static string LastSegment(string path)
    {
        var parent = ParentPath(path);
        return (parent.Length == 0 ? path : path[parent.Length..]).TrimStart('.');
    }
}
