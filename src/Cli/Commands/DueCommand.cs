using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow due</c>: computes a due instant on the working calendar and explains it, e.g.
/// <c>workflow due --received 2026-02-13T10:00 --duration 5 --unit working-days</c>.
/// Bad input gives one plain sentence on stderr and exit code 2.
/// </summary>
public static class DueCommand
{
    private const int BadInput = 2;

    public static Command Create()
    {
        // The parser enforces nothing (values are optional, repeats allowed): a missing, empty or
        // repeated value reaches the action, which answers with one sentence and exit code 2.
        var received = new Option<string[]>("--received")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Thời điểm tiếp nhận, giờ Việt Nam (bắt buộc), ví dụ 2026-02-13T10:00; có thể ghi kèm múi giờ (+07:00, Z). / Receipt time, Vietnam local time (required); an explicit offset is accepted.",
            Required = false,
        };
        var duration = new Option<string[]>("--duration")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Thời hạn, có thể lẻ (0.5); không cần với same-day. / The amount, fractions allowed; not needed for same-day.",
            Required = false,
        };
        var unit = new Option<string[]>("--unit")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Đơn vị thời hạn (bắt buộc): working-days, working-hours, calendar-days, same-day. / Unit of the duration (required).",
            Required = false,
        };
        var convention = new Option<string[]>("--convention")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Quy ước tính: civil-code (mặc định) hoặc working-hours. / Counting convention: civil-code (default) or working-hours.",
            Required = false,
        };
        var cutoff = new Option<string[]>("--cutoff")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Giờ chốt của thủ tục trong ngày, mặc định 15:00. / Same-day cut-off, 15:00 by default.",
            Required = false,
        };
        var pauses = new Option<string[]>("--pause")
        {
            Description = "Khoảng tạm dừng bắt đầu/kết thúc, giờ Việt Nam, có thể lặp lại, ví dụ 2026-03-04T08:00/2026-03-09T08:00. / A pause start/end; repeatable.",
            Required = false,
        };
        var extensions = new Option<string[]>("--extend")
        {
            Description = "Gia hạn thêm, cùng đơn vị với thời hạn (ngày làm việc với same-day); có thể lặp lại. / Extension in the duration's unit (working days for same-day); repeatable.",
            Required = false,
        };
        var unitId = new Option<string[]>("--unit-id")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Mã đơn vị có giờ làm việc riêng, ví dụ p-hoa-an. / Unit id whose own working hours apply.",
            Required = false,
        };
        var calendars = new Option<string[]>("--calendars")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Thư mục lịch, mặc định procedures/calendars tìm từ thư mục hiện tại trở lên. / Calendars folder; procedures/calendars found upwards by default.",
            Required = false,
        };
        var language = new Option<string[]>("--lang")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Ngôn ngữ: vi (mặc định) hoặc en. / Language: vi (default) or en.",
            Required = false,
        };
        var json = new Option<bool>("--json")
        {
            Description = "In một đối tượng JSON. / Print one JSON object.",
            Required = false,
        };

        // Stray words are collected here and reported by the action itself, as one sentence with exit code 2.
        var stray = new Argument<string[]>("stray") { Hidden = true, Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("due", "Tính và giải thích hạn giải quyết theo lịch làm việc / compute and explain a due instant on the working calendar");
        command.Arguments.Add(stray);
        foreach (var option in new Option[] { received, duration, unit, convention, cutoff, pauses, extensions, unitId, calendars, language, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var single = new[] { received, duration, unit, convention, cutoff, unitId, calendars, language };
            var repeated = single.FirstOrDefault(option => (parseResult.GetValue(option)?.Length ?? 0) > 1);
            string? One(Option<string[]> option) => parseResult.GetValue(option) is [var value] ? value : null;
            var request = new DueRequest(
                One(received),
                One(duration),
                One(unit),
                One(convention),
                One(cutoff),
                parseResult.GetValue(pauses) ?? Array.Empty<string>(),
                parseResult.GetValue(extensions) ?? Array.Empty<string>(),
                One(unitId),
                One(calendars),
                One(language),
                parseResult.GetValue(json),
                (parseResult.GetValue(stray) ?? Array.Empty<string>()).Concat(parseResult.UnmatchedTokens).ToArray(),
                repeated?.Name);
            return Run(request, output, error);
        });
        return command;
    }

    private static int Run(DueRequest request, TextWriter output, TextWriter error)
    {
        var english = request.Language == "en";
        CultureInfo culture = CultureInfo.GetCultureInfo(english ? "en" : "vi");
        int Fail(string vietnamese, string englishText)
        {
            error.WriteLine(english ? englishText : vietnamese);
            return BadInput;
        }

        if (request.Language is not (null or "vi" or "en"))
        {
            return Fail($"Giá trị --lang \"{request.Language}\" không hợp lệ: dùng vi hoặc en.", $"--lang \"{request.Language}\" is not valid: use vi or en.");
        }

        if (request.RepeatedOption is not null)
        {
            return Fail($"Tham số {request.RepeatedOption} chỉ được ghi một lần.", $"{request.RepeatedOption} can be given only once.");
        }

        if (request.Unmatched.Count > 0)
        {
            var words = string.Join(" ", request.Unmatched);
            return Fail($"Không hiểu tham số \"{words}\"; xem workflow due --help.", $"Unrecognised argument \"{words}\"; see workflow due --help.");
        }

        if (request.Received is null)
        {
            return Fail("Thiếu --received: ghi thời điểm tiếp nhận, ví dụ --received 2026-02-13T10:00.", "--received is missing: give the receipt time, e.g. --received 2026-02-13T10:00.");
        }

        if (!VietnamTime.TryParse(request.Received, out var receivedAt))
        {
            return Fail($"Thời điểm tiếp nhận \"{request.Received}\" không hợp lệ: ghi theo dạng 2026-02-13T10:00 (giờ Việt Nam) hoặc kèm múi giờ như 2026-02-13T10:00+07:00.",
                $"The receipt time \"{request.Received}\" is not valid: write it as 2026-02-13T10:00 (Vietnam time) or with an offset such as 2026-02-13T10:00+07:00.");
        }

        if (request.Unit is null)
        {
            return Fail("Thiếu --unit: dùng working-days, working-hours, calendar-days hoặc same-day.", "--unit is missing: use working-days, working-hours, calendar-days or same-day.");
        }

        if (!Duration.TryParseUnit(request.Unit, out var durationUnit))
        {
            return Fail($"Đơn vị \"{request.Unit}\" không hợp lệ: dùng working-days, working-hours, calendar-days hoặc same-day.",
                $"The unit \"{request.Unit}\" is not valid: use working-days, working-hours, calendar-days or same-day.");
        }

        var conventionValue = DeadlineConvention.CivilCode;
        if (request.Convention is not null && !DeadlineConventionNames.TryParse(request.Convention, out conventionValue))
        {
            return Fail($"Quy ước \"{request.Convention}\" không hợp lệ: dùng civil-code hoặc working-hours.", $"The convention \"{request.Convention}\" is not valid: use civil-code or working-hours.");
        }

        Duration statutory;
        if (durationUnit == DurationUnit.SameDay)
        {
            if (request.Duration is not null && !(TryParseAmount(request.Duration, out var zero) && zero == 0))
            {
                return Fail("Thủ tục trong ngày (same-day) không có --duration; bỏ tham số này.", "A same-day procedure takes no --duration; leave it out.");
            }

            TimeOnly? cutoffTime = null;
            if (request.Cutoff is not null)
            {
                if (!TimeOnly.TryParseExact(request.Cutoff, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return Fail($"Giờ chốt \"{request.Cutoff}\" không hợp lệ: ghi theo dạng HH:mm, ví dụ 15:00.", $"The cut-off \"{request.Cutoff}\" is not valid: write it as HH:mm, e.g. 15:00.");
                }

                cutoffTime = parsed;
            }

            statutory = Duration.SameDay(cutoffTime);
        }
        else
        {
            if (request.Cutoff is not null)
            {
                return Fail("--cutoff chỉ dùng với --unit same-day.", "--cutoff only applies to --unit same-day.");
            }

            if (request.Duration is null)
            {
                return Fail("Thiếu --duration: ghi thời hạn, ví dụ --duration 5.", "--duration is missing: give the amount, e.g. --duration 5.");
            }

            if (!TryParseAmount(request.Duration, out var amount))
            {
                return Fail($"Thời hạn \"{request.Duration}\" không hợp lệ: ghi một số không âm, phần lẻ dùng dấu chấm (ví dụ 0.5).",
                    $"The duration \"{request.Duration}\" is not valid: give a non-negative number, with a point for fractions (e.g. 0.5).");
            }

            if (durationUnit == DurationUnit.CalendarDays && decimal.Truncate(amount) != amount)
            {
                return Fail("Thời hạn tính theo ngày (calendar-days) phải là số nguyên.", "A calendar-days duration must be a whole number.");
            }

            statutory = new Duration(amount, durationUnit);
        }

        var pauses = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var text in request.Pauses)
        {
            var parts = text.Split('/');
            if (parts.Length != 2 || !VietnamTime.TryParse(parts[0], out var pauseStart) || !VietnamTime.TryParse(parts[1], out var pauseEnd))
            {
                return Fail($"Khoảng tạm dừng \"{text}\" không hợp lệ: ghi bắt đầu/kết thúc, ví dụ 2026-03-04T08:00/2026-03-09T08:00.",
                    $"The pause \"{text}\" is not valid: write start/end, e.g. 2026-03-04T08:00/2026-03-09T08:00.");
            }

            if (pauseEnd <= pauseStart || pauseStart < receivedAt)
            {
                return Fail($"Khoảng tạm dừng \"{text}\" phải bắt đầu từ lúc tiếp nhận trở đi và kết thúc sau khi bắt đầu.",
                    $"The pause \"{text}\" must start at or after the receipt and end after it starts.");
            }

            pauses.Add((pauseStart, pauseEnd));
        }

        pauses.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < pauses.Count; i++)
        {
            if (pauses[i].Start < pauses[i - 1].End)
            {
                return Fail("Các khoảng tạm dừng không được chồng lên nhau.", "Pauses must not overlap.");
            }
        }

        var extensionUnit = durationUnit == DurationUnit.SameDay ? DurationUnit.WorkingDays : durationUnit;
        var extensions = new List<Duration>();
        foreach (var text in request.Extensions)
        {
            if (!TryParseAmount(text, out var amount) || amount <= 0 || (extensionUnit == DurationUnit.CalendarDays && decimal.Truncate(amount) != amount))
            {
                return Fail($"Gia hạn \"{text}\" không hợp lệ: ghi một số dương{(extensionUnit == DurationUnit.CalendarDays ? " nguyên" : "")}, ví dụ --extend 2.",
                    $"The extension \"{text}\" is not valid: give a positive{(extensionUnit == DurationUnit.CalendarDays ? " whole" : "")} number, e.g. --extend 2.");
            }

            extensions.Add(new Duration(amount, extensionUnit));
        }

        var folder = request.Calendars ?? CalendarLoader.FindDefaultFolder(Environment.CurrentDirectory);
        if (folder is null || !Directory.Exists(folder))
        {
            return Fail(request.Calendars is null
                    ? "Không tìm thấy thư mục procedures/calendars từ thư mục hiện tại trở lên; chỉ rõ bằng --calendars."
                    : $"Không tìm thấy thư mục lịch \"{request.Calendars}\".",
                request.Calendars is null
                    ? "No procedures/calendars folder was found from the current folder upwards; give one with --calendars."
                    : $"The calendars folder \"{request.Calendars}\" does not exist.");
        }

        var loaded = CalendarLoader.Load(folder, culture);
        if (loaded.HasErrors)
        {
            var errors = loaded.Problems.Where(p => p.IsError).ToList();
            error.WriteLine(english
                ? $"The working calendar in {folder} has {errors.Count} error(s); fix them first:"
                : $"Lịch làm việc trong {folder} có {errors.Count} lỗi; hãy sửa trước:");
            foreach (var problem in errors)
            {
                error.WriteLine(problem.ToString());
            }

            return BadInput;
        }

        foreach (var warning in loaded.Problems)
        {
            error.WriteLine(warning.ToString());
        }

        var calculator = new DeadlineCalculator(loaded.Calendar);
        DeadlineState state;
        try
        {
            var ledger = DeadlineLedger.Start(receivedAt, statutory, conventionValue, request.UnitId);
            foreach (var (start, end) in pauses)
            {
                ledger = ledger.Append(new DeadlinePaused(start, ""), culture).Append(new DeadlineResumed(end), culture);
            }

            var extendedAt = ledger.Events[^1].At;
            foreach (var extension in extensions)
            {
                ledger = ledger.Append(new DeadlineExtended(extendedAt, extension, ""), culture);
            }

            state = ledger.Compute(calculator, timeProvider: null, culture);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return Fail(exception.Message, exception.Message);
        }

        var due = state.Due!.Value;
        if (request.Json)
        {
            output.WriteLine(ToJson(request, receivedAt, statutory, conventionValue, state, due, loaded.Calendar));
        }
        else
        {
            output.WriteLine(english ? $"Due: {VietnamTime.Format(due)} ({VietnamTime.ToIso8601(due)})" : $"Hạn: {VietnamTime.Format(due)} ({VietnamTime.ToIso8601(due)})");
            foreach (var line in state.ExplanationLines)
            {
                output.WriteLine(line);
            }
        }

        return 0;
    }

    private static string ToJson(DueRequest request, DateTimeOffset receivedAt, Duration statutory, DeadlineConvention convention, DeadlineState state, DateTimeOffset due, WorkingCalendar calendar)
    {
        var years = Enumerable.Range(VietnamTime.LocalDate(receivedAt).Year, VietnamTime.LocalDate(due).Year - VietnamTime.LocalDate(receivedAt).Year + 1).ToList();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("due", VietnamTime.ToIso8601(due));
            writer.WriteString("dueUtc", due.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("received", VietnamTime.ToIso8601(receivedAt));
            writer.WriteStartObject("duration");
            writer.WriteNumber("value", statutory.Value);
            writer.WriteString("unit", Duration.UnitName(statutory.Unit));
            if (statutory.Unit == DurationUnit.SameDay)
            {
                writer.WriteString("cutoff", (statutory.Cutoff ?? Duration.DefaultSameDayCutoff).ToString("HH:mm", CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
            writer.WriteString("convention", DeadlineConventionNames.NameOf(convention));
            if (request.UnitId is null)
            {
                writer.WriteNull("unitId");
            }
            else
            {
                writer.WriteString("unitId", request.UnitId);
            }

            writer.WriteNumber("pausedWorkingHours", decimal.Round((decimal)state.PausedWorkingTime.Ticks / TimeSpan.TicksPerHour, 2));
            writer.WriteString("latestApology", VietnamTime.ToIso8601(state.LatestApologyAt!.Value));
            writer.WriteStartArray("provisionalYears");
            foreach (var year in years.Where(y => calendar.StatusOf(y) == CalendarYearStatus.Provisional))
            {
                writer.WriteNumberValue(year);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("yearsWithoutCalendar");
            foreach (var year in years.Where(y => calendar.StatusOf(y) == CalendarYearStatus.NotLoaded))
            {
                writer.WriteNumberValue(year);
            }

            writer.WriteEndArray();
            writer.WriteString("explanation", state.Explanation);
            writer.WriteStartArray("explanationLines");
            foreach (var line in state.ExplanationLines)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static bool TryParseAmount(string text, out decimal amount) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);

    private sealed record DueRequest(
        string? Received,
        string? Duration,
        string? Unit,
        string? Convention,
        string? Cutoff,
        IReadOnlyList<string> Pauses,
        IReadOnlyList<string> Extensions,
        string? UnitId,
        string? Calendars,
        string? Language,
        bool Json,
        IReadOnlyList<string> Unmatched,
        string? RepeatedOption);
}
