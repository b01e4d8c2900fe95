using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Calendars;

/// <summary>
/// Reads the values of one calendar file and reports what is wrong with them, each problem
/// placed on the token it concerns so people can jump to the line and column.
/// </summary>
internal sealed partial class CalendarJsonReader
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    private static readonly string[] WeekdayNames = { "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" };

    public CalendarJsonReader(ProblemList problems, CultureInfo? culture)
    {
        Problems = problems;
        Culture = culture;
    }

    public ProblemList Problems { get; }

    public CultureInfo? Culture { get; }

    public string Say(string vietnamese, string english) => MessageLanguage.Pick(Culture, vietnamese, english);

    /// <summary>Parses the file, or reports CAL001 at the place where the JSON breaks.</summary>
    public JToken? Parse(string path)
    {
        try
        {
            using var text = File.OpenText(path);
            using var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(json, LoadSettings);
            while (json.Read())
            {
                if (json.TokenType != JsonToken.Comment)
                {
                    Problems.Add(new Problem(ProblemSeverity.Error, CalendarProblemCodes.MalformedJson, Problems.File, json.LineNumber, json.LinePosition, "",
                        Say("Tệp có nội dung thừa sau giá trị JSON chính.", "The file has extra content after its JSON value.")));
                    return null;
                }
            }

            return token;
        }
        catch (JsonReaderException exception)
        {
            var reason = PositionSuffix().Replace(exception.Message, "").TrimEnd('.', ' ');
            var jsonPath = string.IsNullOrEmpty(exception.Path) ? "" : (exception.Path.StartsWith('[') ? "$" : "$.") + exception.Path;
            // Json.NET counts the characters before the offending one; columns here are 1-based.
            Problems.Add(new Problem(ProblemSeverity.Error, CalendarProblemCodes.MalformedJson, Problems.File, exception.LineNumber, exception.LinePosition + 1, jsonPath,
                Say($"Tệp không phải JSON hợp lệ: {reason}.", $"The file is not valid JSON: {reason}.")));
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Problems.Add(new Problem(ProblemSeverity.Error, CalendarProblemCodes.MalformedJson, Problems.File, 0, 0, "",
                Say($"Không đọc được tệp: {exception.Message}", $"The file cannot be read: {exception.Message}")));
            return null;
        }
    }

    public JObject? AsObject(JToken token, string what)
    {
        if (token is JObject obj)
        {
            return obj;
        }

        Problems.Error(CalendarProblemCodes.InvalidValue, token, Say($"{what} phải là một đối tượng JSON {{ ... }}.", $"{what} must be a JSON object {{ ... }}."));
        return null;
    }

    public JArray? AsArray(JToken token, string what)
    {
        if (token is JArray array)
        {
            return array;
        }

        Problems.Error(CalendarProblemCodes.InvalidValue, token, Say($"{what} phải là một mảng JSON [ ... ].", $"{what} must be a JSON array [ ... ]."));
        return null;
    }

    /// <summary>Reports every field the format does not know, suggesting the closest known name.</summary>
    public void RejectUnknownFields(JObject obj, IReadOnlyList<string> known)
    {
        foreach (var property in obj.Properties())
        {
            if (known.Contains(property.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var list = string.Join(", ", known.Where(name => !name.StartsWith('$')));
            var guess = ClosestName(property.Name, known);
            var hint = guess is null ? "" : Say($" Có phải ý bạn là \"{guess}\"?", $" Did you mean \"{guess}\"?");
            Problems.Error(CalendarProblemCodes.UnknownField, property.Value,
                Say($"Trường \"{property.Name}\" không được hỗ trợ ở đây; các trường hợp lệ: {list}.", $"The field \"{property.Name}\" is not supported here; valid fields: {list}.") + hint);
        }
    }

    public JToken? Required(JObject obj, string name)
    {
        var value = obj.Property(name, StringComparison.Ordinal)?.Value;
        if (value is null)
        {
            Problems.Error(CalendarProblemCodes.MissingField, obj, Say($"Thiếu trường bắt buộc \"{name}\".", $"The required field \"{name}\" is missing."));
        }

        return value;
    }

    public static JToken? Optional(JObject obj, string name) => obj.Property(name, StringComparison.Ordinal)?.Value;

    public string? ReadText(JToken token, string field, bool allowEmpty)
    {
        if (token.Type == JTokenType.String)
        {
            var text = (string)token!;
            if (allowEmpty || !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        Problems.Error(CalendarProblemCodes.InvalidValue, token, allowEmpty
            ? Say($"\"{field}\" phải là một chuỗi ký tự.", $"\"{field}\" must be a string.")
            : Say($"\"{field}\" phải là một chuỗi ký tự không rỗng.", $"\"{field}\" must be a non-empty string."));
        return null;
    }

    public int? ReadYear(JToken token)
    {
        // Huge integers arrive as BigInteger, so match the boxed long rather than convert.
        if (token is JValue { Value: long year } && year is >= 1900 and <= 2200)
        {
            return (int)year;
        }

        Problems.Error(CalendarProblemCodes.InvalidValue, token, Say("\"year\" phải là một số nguyên từ 1900 đến 2200, ví dụ 2026.", "\"year\" must be a whole number from 1900 to 2200, e.g. 2026."));
        return null;
    }

    public bool? ReadBoolean(JToken token, string field)
    {
        if (token.Type == JTokenType.Boolean)
        {
            return token.Value<bool>();
        }

        Problems.Error(CalendarProblemCodes.InvalidValue, token, Say($"\"{field}\" phải là true hoặc false.", $"\"{field}\" must be true or false."));
        return null;
    }

    public DateOnly? ReadDate(JToken token)
    {
        if (token.Type == JTokenType.String
            && DateOnly.TryParseExact((string)token!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problems.Error(CalendarProblemCodes.InvalidValue, token, Say(
            $"Ngày {token.ToString(Formatting.None)} không hợp lệ: ghi theo dạng \"yyyy-MM-dd\", ví dụ \"2026-02-16\".",
            $"The date {token.ToString(Formatting.None)} is not valid: write it as \"yyyy-MM-dd\", e.g. \"2026-02-16\"."));
        return null;
    }

    public TimeOnly? ReadTime(JToken token)
    {
        if (token.Type == JTokenType.String
            && TimeOnly.TryParseExact((string)token!, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Problems.Error(CalendarProblemCodes.InvalidValue, token, Say(
            $"Giờ {token.ToString(Formatting.None)} không hợp lệ: ghi theo dạng \"HH:mm\" từ 00:00 đến 23:59, ví dụ \"07:30\".",
            $"The time {token.ToString(Formatting.None)} is not valid: write it as \"HH:mm\" from 00:00 to 23:59, e.g. \"07:30\"."));
        return null;
    }

    /// <summary>A weekday name as written in the files: monday ... sunday.</summary>
    public DayOfWeek? ReadWeekday(string? name, JToken at)
    {
        var index = name is null ? -1 : Array.IndexOf(WeekdayNames, name);
        if (index >= 0)
        {
            return (DayOfWeek)index;
        }

        var shown = name is null ? at.ToString(Formatting.None) : $"\"{name}\"";
        Problems.Error(CalendarProblemCodes.InvalidValue, at, Say(
            $"{shown} không phải là tên thứ; dùng một trong: monday, tuesday, wednesday, thursday, friday, saturday, sunday.",
            $"{shown} is not a weekday; use one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday."));
        return null;
    }

    /// <summary>Reads a list of periods; null when any of them is wrong (the problems say which).</summary>
    public IReadOnlyList<WorkingPeriod>? ReadPeriods(JToken token, string field, bool requireOne)
    {
        if (AsArray(token, $"\"{field}\"") is not { } array)
        {
            return null;
        }

        if (requireOne && array.Count == 0)
        {
            Problems.Error(CalendarProblemCodes.InvalidPeriod, array, Say(
                $"\"{field}\" cần ít nhất một khung giờ làm việc, ví dụ {{ \"start\": \"07:00\", \"end\": \"11:30\" }}.",
                $"\"{field}\" needs at least one working period, e.g. {{ \"start\": \"07:00\", \"end\": \"11:30\" }}."));
            return null;
        }

        var periods = new List<WorkingPeriod>();
        var valid = true;
        foreach (var item in array)
        {
            if (AsObject(item, Say("Khung giờ", "A working period")) is not { } obj)
            {
                valid = false;
                continue;
            }

            RejectUnknownFields(obj, new[] { "start", "end" });
            var startToken = Required(obj, "start");
            var endToken = Required(obj, "end");
            var start = startToken is null ? null : ReadTime(startToken);
            var end = endToken is null ? null : ReadTime(endToken);
            if (start is null || end is null)
            {
                valid = false;
                continue;
            }

            if (end <= start)
            {
                Problems.Error(CalendarProblemCodes.InvalidPeriod, obj, Say(
                    $"Khung giờ {Hm(start.Value)}–{Hm(end.Value)} không hợp lệ: giờ kết thúc phải sau giờ bắt đầu.",
                    $"The period {Hm(start.Value)}–{Hm(end.Value)} is not valid: it must end after it starts."));
                valid = false;
                continue;
            }

            var period = new WorkingPeriod(start.Value, end.Value);
            if (periods.Count > 0 && period.Start < periods[^1].End)
            {
                Problems.Error(CalendarProblemCodes.InvalidPeriod, obj, Say(
                    $"Khung giờ {period} chồng lên hoặc đứng trước khung giờ {periods[^1]}: các khung giờ phải theo thứ tự thời gian và không chồng nhau.",
                    $"The period {period} overlaps or comes before {periods[^1]}: periods must be in time order and must not overlap."));
                valid = false;
                continue;
            }

            periods.Add(period);
        }

        return valid ? periods : null;
    }

    private static string Hm(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string? ClosestName(string name, IEnumerable<string> known)
    {
        var best = known
            .Select(candidate => (Candidate: candidate, Distance: EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.Distance)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(1, name.Length / 3) ? best.Candidate : null;
    }

    /// <summary>Edits needed to turn one name into the other, a swap of two neighbours counting as one ("nmae" → "name").</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"\s*Path '.*', line \d+, position \d+\.?$|,? line \d+, position \d+\.?$")]
    private static partial Regex PositionSuffix();
}
