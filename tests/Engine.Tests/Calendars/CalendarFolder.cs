namespace Workflow.Engine.Tests.Calendars;

/// <summary>A temporary calendars folder written by a test and deleted afterwards.</summary>
internal sealed class CalendarFolder : IDisposable
{
    public const string StandardWorkingHours = """
        {
          "default": {
            "workingWeek": ["monday", "tuesday", "wednesday", "thursday", "friday"],
            "periods": [ { "start": "07:00", "end": "11:30" }, { "start": "13:30", "end": "17:00" } ]
          }
        }
        """;

    public CalendarFolder(bool withWorkingHours = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "calendars-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (withWorkingHours)
        {
            Write("working-hours.json", StandardWorkingHours);
        }
    }

    public string Path { get; }

    /// <summary>Writes a file from lines joined by \n, so line and column numbers can be read off the test.</summary>
    public string Write(string name, params string[] lines)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, string.Join("\n", lines));
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
