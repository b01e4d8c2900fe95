using System.CommandLine;

namespace Workflow.Cli.Commands;

/// <summary>Every sub-command of the <c>workflow</c> tool, in the order <c>--help</c> lists them.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ValidateCommand.Create();
        yield return ShowCommand.Create();
        yield return PublishCommand.Create();
        yield return NewVersionCommand.Create();
        yield return ImportCommand.Create();
        yield return ExportCommand.Create();
        yield return DueCommand.Create();
        yield return SimulateCommand.Create();
        yield return RenderFormCommand.Create();
        yield return VerifySignatureCommand.Create();
        yield return DatabaseCommand.Create();
        yield return OrganisationCommand.Create();
        yield return AccountsCommand.Create();
        yield return AuditCommand.Create();
        yield return ReportCommand.Create();
        yield return PortalCommand.Create();
    }
}
