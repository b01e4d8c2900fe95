using Workflow.Server.Localization;

namespace Workflow.Server.Problems;

/// <summary>
/// Checks a request's inputs before anything runs: required values, lengths, counts, ranges.
/// Collects every problem with its field (as the JSON path a client sent, e.g. <c>applicant.name</c>)
/// and throws them together.
/// </summary>
public sealed class RequestCheck
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public RequestCheck Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, Language.Pick($"Thiếu \"{field}\".", $"\"{field}\" is required."));
        }
        else
        {
            MaxLength(value, field, maxLength);
        }

        return this;
    }

    public RequestCheck MaxLength(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, Language.Pick($"\"{field}\" dài {value.Length} ký tự, quá giới hạn {maxLength}.", $"\"{field}\" is {value.Length} characters long, over the limit of {maxLength}."));
        }
        else if (value is not null && !IsText(value))
        {
            // Nothing typed contains them; a database cannot store a NUL, nor can a name with a lone surrogate be normalized.
            Add(field, Language.Pick($"\"{field}\" chứa ký tự không phải chữ (NUL, mã UTF-16 lẻ hoặc ký tự không dùng của Unicode); nhập lại giá trị này.",
                $"\"{field}\" contains a character that is not text (a NUL, a lone UTF-16 surrogate or a Unicode noncharacter); type the value again."));
        }

        return this;
    }

    public RequestCheck MaxCount<T>(IReadOnlyCollection<T>? values, string field, int maxCount)
    {
        if (values is not null && values.Count > maxCount)
        {
            Add(field, Language.Pick($"\"{field}\" có {values.Count} mục, quá giới hạn {maxCount}.", $"\"{field}\" has {values.Count} items, over the limit of {maxCount}."));
        }

        return this;
    }

    public RequestCheck EachMaxLength(IReadOnlyList<string?>? values, string field, int maxLength)
    {
        for (var i = 0; values is not null && i < values.Count; i++)
        {
            MaxLength(values[i], $"{field}[{i}]", maxLength);
        }

        return this;
    }

    public RequestCheck Range(decimal? value, string field, decimal min, decimal max)
    {
        if (value is { } number && (number < min || number > max))
        {
            Add(field, Language.Pick($"\"{field}\" phải từ {min} đến {max}.", $"\"{field}\" must be between {min} and {max}."));
        }

        return this;
    }

    /// <summary>
    /// Dates before 1900 or after 2100 are typing mistakes, and near the ends of the calendar
    /// they overflow the conversions to Vietnam time; one check refuses them everywhere.
    /// </summary>
    public RequestCheck SaneDate(DateOnly? value, string field)
    {
        if (value is { } date && (date < SaneDates.First || date > SaneDates.Last))
        {
            Add(field, Language.Pick(
                $"\"{field}\" là ngày {date:dd/MM/yyyy}, ngoài khoảng cho phép; nhập một ngày từ {SaneDates.First:dd/MM/yyyy} đến {SaneDates.Last:dd/MM/yyyy}.",
                $"\"{field}\" is {date:yyyy-MM-dd}, out of range; give a date from {SaneDates.First:yyyy-MM-dd} to {SaneDates.Last:yyyy-MM-dd}."));
        }

        return this;
    }

    public RequestCheck SaneDate(DateTimeOffset? value, string field) =>
        SaneDate(value is { } moment ? DateOnly.FromDateTime(moment.UtcDateTime) : null, field);

    public RequestCheck That(bool condition, string field, string vietnamese, string english)
    {
        if (!condition)
        {
            Add(field, Language.Pick(vietnamese, english));
        }

        return this;
    }

    public bool IsValid => _errors.Count == 0;

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    /// <summary>Whether a person could have typed it: no NUL, and nothing Unicode normalization refuses (lone surrogates, noncharacters).</summary>
    private static bool IsText(string value)
    {
        try
        {
            return !value.Contains('\0') && value.IsNormalized();
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }
}
