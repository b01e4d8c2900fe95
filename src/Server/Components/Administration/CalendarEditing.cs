using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Calendars;
using Workflow.Engine.Queries.CalendarImpact;
using Workflow.Engine.Runtime;
using Workflow.Server.Hosting;

namespace Workflow.Server.Components.Administration;

/// <summary>
/// Administrators edit a year of the working calendar and the default working hours. A change is
/// written to a scratch copy of <c>procedures/calendars</c> and read back by the engine's calendar
/// loader (its rules decide what is valid), then compared with the calendar in force on every open
/// dossier's deadline ledger. Saving writes the year file (and working-hours.json), appends who changed
/// what to <c>procedures/calendars/changes.log</c>, and reloads the procedures so new deadlines use it.
/// </summary>
public sealed class CalendarEditing(WorkflowEngine engine, WorkspaceAccessor workspace, ServerPaths paths, DueDateImpactQuery impact, WorkspaceLoader loader, WorkspaceHolder holder,
    TimeProvider time, ILogger<CalendarEditing> logger)
{
    public const string ChangeLogFile = "changes.log";

    private const string WorkingHoursFile = "working-hours.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SemaphoreSlim _saving = new(1, 1);

    private string Folder => Path.Combine(paths.Procedures, "calendars");

    public CalendarYearDraft Year(int year) => CalendarYearDraft.From(workspace.Current.Calendar.FindYear(year), year);

    public WorkingHoursDraft Hours() => WorkingHoursDraft.From(workspace.Current.Calendar.WorkingHours.Default);

    public IReadOnlyList<int> Years() => workspace.Current.Calendar.LoadedYears;

    /// <summary>Reads the change back through the calendar loader; when valid, counts the open dossiers whose due instant moves.</summary>
    public async Task<CalendarCheck> CheckAsync(CalendarYearDraft year, WorkingHoursDraft hours, CancellationToken cancellationToken = default)
    {
        var scratch = Directory.CreateTempSubdirectory("wf-calendar-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Folder, "*.json"))
            {
                File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
            }

            await WriteAsync(scratch, year, hours, cancellationToken);
            var loaded = CalendarLoader.Load(scratch, CultureInfo.CurrentUICulture);
            var errors = loaded.Problems.Where(p => p.IsError).Select(p => Describe(p, scratch)).ToList();
            var warnings = loaded.Problems.Where(p => !p.IsError && p.File.Contains($"{year.Year}.json", StringComparison.Ordinal)).Select(p => Describe(p, scratch)).ToList();
            return errors.Count > 0
                ? new CalendarCheck(errors, warnings, null)
                : new CalendarCheck([], warnings, await impact.CompareAsync(loaded.Calendar, cancellationToken));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Checks again, writes the files, records the change and reloads the procedures. Null when the change is not valid.</summary>
    public async Task<CalendarCheck> SaveAsync(CalendarYearDraft year, WorkingHoursDraft hours, Actor actor, CancellationToken cancellationToken = default)
    {
        await _saving.WaitAsync(cancellationToken);
        try
        {
            var check = await CheckAsync(year, hours, cancellationToken);
            if (!check.CanSave)
            {
                return check;
            }

            var before = Year(year.Year);
            var hoursBefore = Hours();
            await WriteAsync(Folder, year, hours, cancellationToken);
            var change = new CalendarChange(time.GetUtcNow(), actor.Name, year.Year, Differences(before, year, hoursBefore, hours), check.Impact!.Moved.Count);
            await File.AppendAllTextAsync(Path.Combine(Folder, ChangeLogFile),
                change.ToJson(actor.Id).ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + Environment.NewLine, cancellationToken);
            holder.Initialise(await loader.LoadAsync(cancellationToken));
            // The open dossiers whose due instants move get them recomputed, journaled and their timers replanned.
            var reason = $"lịch năm {year.Year} được {actor.Name} thay đổi";
            foreach (var moved in check.Impact.Moved)
            {
                await engine.RecomputeDeadlinesAsync(moved.DossierId, reason, actor, cancellationToken);
            }

            logger.LogInformation("Calendar {Year} changed by {Officer}; due instants of {Moved} open dossiers recomputed", year.Year, actor.Name, check.Impact.Moved.Count);
            return check;
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>The latest changes in the log, newest first (lines that do not read as a change are skipped).</summary>
    public IReadOnlyList<CalendarChange> RecentChanges(int count)
    {
        var path = Path.Combine(Folder, ChangeLogFile);
        return File.Exists(path)
            ? File.ReadLines(path).Where(l => l.Length > 0).Reverse().Select(CalendarChange.Parse).OfType<CalendarChange>().Take(count).ToList()
            : [];
    }

    /// <summary>What the change adds, removes or renames, and whether it marks the year or sets the working hours.</summary>
    public static IReadOnlyList<CalendarChangeItem> Differences(CalendarYearDraft before, CalendarYearDraft after, WorkingHoursDraft hoursBefore, WorkingHoursDraft hoursAfter)
    {
        var items = new List<CalendarChangeItem>();
        Compare(CalendarChangeItem.DayOff, before.DaysOff, after.DaysOff, items);
        Compare(CalendarChangeItem.WorkedWeekendDay, before.WorkingWeekendDays, after.WorkingWeekendDays, items);
        if (before.Provisional != after.Provisional)
        {
            items.Add(new CalendarChangeItem(after.Provisional ? CalendarChangeItem.MarkedProvisional : CalendarChangeItem.MarkedFinal));
        }

        if (!hoursBefore.Week.SetEquals(hoursAfter.Week) || !hoursBefore.Periods.SequenceEqual(hoursAfter.Periods))
        {
            var week = hoursAfter.Week.OrderBy(d => ((int)d + 6) % 7).Select(d => d.ToString().ToLowerInvariant());
            items.Add(new CalendarChangeItem(CalendarChangeItem.WorkingHours, Hours: string.Join(", ", week.Concat(hoursAfter.Periods.Where(p => !string.IsNullOrWhiteSpace(p))))));
        }

        return items;
    }

    private static void Compare(string kind, List<CalendarDayDraft> before, List<CalendarDayDraft> after, List<CalendarChangeItem> items)
    {
        var old = before.ToDictionary(d => d.Date, StringComparer.Ordinal);
        var now = after.Where(d => !string.IsNullOrWhiteSpace(d.Date)).GroupBy(d => d.Date, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        items.AddRange(now.Keys.Except(old.Keys).Order().Select(d => Item(CalendarChangeItem.Added, kind, now[d])));
        items.AddRange(old.Keys.Except(now.Keys).Order().Select(d => Item(CalendarChangeItem.Removed, kind, old[d])));
        items.AddRange(now.Keys.Intersect(old.Keys).Where(d => now[d].Name != old[d].Name || now[d].Note != old[d].Note || now[d].NameEn != old[d].NameEn)
            .Order().Select(d => Item(CalendarChangeItem.Renamed, kind, now[d])));
    }

    private static CalendarChangeItem Item(string action, string kind, CalendarDayDraft day) => new(action, kind,
        DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null, day.Name);

    private static async Task WriteAsync(string folder, CalendarYearDraft year, WorkingHoursDraft hours, CancellationToken cancellationToken)
    {
        var file = new JsonObject
        {
            ["$schema"] = "../calendar.schema.json",
            ["year"] = year.Year,
            ["provisional"] = year.Provisional,
        };
        if (!string.IsNullOrWhiteSpace(year.Note))
        {
            file["note"] = year.Note.Trim();
        }

        file["daysOff"] = Days(year.DaysOff);
        file["workingWeekendDays"] = Days(year.WorkingWeekendDays);
        await File.WriteAllTextAsync(Path.Combine(folder, $"{year.Year}.json"), file.ToJsonString(Json) + "\n", cancellationToken);

        var hoursPath = Path.Combine(folder, WorkingHoursFile);
        var settings = File.Exists(hoursPath) ? JsonNode.Parse(await File.ReadAllTextAsync(hoursPath, cancellationToken))!.AsObject() : new JsonObject { ["$schema"] = "../calendar.schema.json" };
        var periods = new JsonArray();
        foreach (var period in hours.Periods.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var parts = period.Split('-', 2, StringSplitOptions.TrimEntries);
            periods.Add(new JsonObject { ["start"] = parts[0], ["end"] = parts.Length > 1 ? parts[1] : "" });
        }

        var week = new JsonArray();
        foreach (var day in Enum.GetValues<DayOfWeek>().Skip(1).Append(DayOfWeek.Sunday).Where(hours.Week.Contains))
        {
            week.Add(day.ToString().ToLowerInvariant());
        }

        var defaults = settings["default"] as JsonObject ?? new JsonObject();
        defaults["workingWeek"] = week;
        defaults["periods"] = periods;
        settings["default"] = defaults.DeepClone();
        await File.WriteAllTextAsync(hoursPath, settings.ToJsonString(Json) + "\n", cancellationToken);
    }

    private static JsonArray Days(IEnumerable<CalendarDayDraft> days)
    {
        var array = new JsonArray();
        foreach (var day in days.Where(d => !string.IsNullOrWhiteSpace(d.Date)).OrderBy(d => d.Date, StringComparer.Ordinal))
        {
            var line = new JsonObject { ["date"] = day.Date.Trim(), ["name"] = day.Name?.Trim() ?? "" };
            if (!string.IsNullOrWhiteSpace(day.NameEn))
            {
                line["nameEn"] = day.NameEn.Trim();
            }

            if (!string.IsNullOrWhiteSpace(day.Note))
            {
                line["note"] = day.Note.Trim();
            }

            array.Add(line);
        }

        return array;
    }

    private static string Describe(Workflow.Engine.Diagnostics.Problem problem, string scratch)
    {
        var file = Path.GetFileName(problem.File.Replace(scratch, "", StringComparison.Ordinal));
        var where = problem.Line > 0 ? $"{file}:{problem.Line}" : file;
        var path = string.IsNullOrEmpty(problem.JsonPath) ? "" : $" ({problem.JsonPath})";
        return $"{where}{path}: {problem.Message}";
    }
}
