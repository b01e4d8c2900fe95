using System.CommandLine;
using Workflow.Cli.Commands;

namespace Workflow.Engine.Tests.Support;

/// <summary>
/// Runs the <c>workflow</c> tool in process as a user would on a terminal, capturing what it prints.
/// The console is process-wide: callers belong to the Console collection, which runs alone.
/// </summary>
public static class CliConsole
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        var (output, error) = (new StringWriter(), new StringWriter());
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (root.Parse(args).Invoke(), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
