using Workflow.Server.Hosting;

// The whole system in one process: database migrated, procedures loaded, demo seeded, timer worker running.
var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowServer();
builder.AddWorkflowWeb();
var app = builder.Build();
try
{
    await SystemStartup.RunAsync(app.Services);
}
catch (StartupException ex)
{
    app.Logger.LogCritical("{Reason}", ex.Message);
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

app.UseWorkflowServer();
app.UseWorkflowWeb();
StartupBanner.Register(app);
await app.RunAsync();
return 0;
