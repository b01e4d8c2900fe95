namespace Workflow.Server.Hosting;

/// <summary>
/// The console log is JSON lines (appsettings.json) for collectors; a developer running the server in
/// a terminal reads plain lines instead. Only in Development and only when the output is a terminal,
/// so a service or a redirected run keeps JSON whatever its environment.
/// </summary>
public static class ConsoleLogFormat
{
    public static void ForPeopleInATerminal(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || Console.IsOutputRedirected)
        {
            return;
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss ",
            ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "false",
        });
    }
}
