using NJsonSchema;

namespace Workflow.Engine.Tests.Calendars;

/// <summary>The JSON Schema editors use accepts the shipped files and rejects typos.</summary>
public class CalendarSchemaTests
{
    public static TheoryData<string> ShippedFiles() => new() { "2025.json", "2026.json", "2027.json", "working-hours.json" };

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task Every_shipped_file_is_valid_against_the_schema(string file)
    {
        var schema = await JsonSchema.FromFileAsync(RepositoryFiles.CalendarSchema);
        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.CalendarsFolder, file)));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("{ \"year\": 2026, \"provisional\": false, \"daysOff\": [ { \"date\": \"2026-01-01\", \"nmae\": \"x\" } ], \"workingWeekendDays\": [] }")]
    [InlineData("{ \"year\": 2026, \"provisional\": false, \"daysOff\": [ { \"date\": \"01/01/2026\", \"name\": \"x\" } ], \"workingWeekendDays\": [] }")]
    [InlineData("{ \"default\": { \"workingWeek\": [\"monday\"], \"periods\": [ { \"start\": \"7:00\", \"end\": \"11:30\" } ] } }")]
    [InlineData("{ \"default\": { \"workingWeek\": [\"mon\"], \"periods\": [ { \"start\": \"07:00\", \"end\": \"11:30\" } ] } }")]
    [InlineData("{ \"default\": { \"workingWeek\": [\"monday\"], \"periods\": [] } }")]
    public async Task The_schema_rejects_mistakes_as_they_are_typed(string json)
    {
        var schema = await JsonSchema.FromFileAsync(RepositoryFiles.CalendarSchema);
        Assert.NotEmpty(schema.Validate(json));
    }
}
