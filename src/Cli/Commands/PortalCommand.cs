using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Cli.Support;
using Workflow.Engine.Localization;
using Workflow.Engine.Notifications.Portal;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow portal reconcile|status</c>: compare what the national portal was sent with the database
/// and write the missing messages into the outbox (the running server sends them), or count the
/// messages by status. Reconciliation is what to run after restoring a backup, with the server up or down.
/// </summary>
public static class PortalCommand
{
    public static Command Create()
    {
        var portal = new Command("portal", "Đồng bộ Cổng Dịch vụ công quốc gia / national portal synchronisation");
        portal.Subcommands.Add(Reconcile());
        portal.Subcommands.Add(Status());
        return portal;
    }

    private static Command Reconcile()
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var language = CommonOptions.Language();
        var procedures = CommonOptions.Procedures();
        var command = new Command("reconcile", "So khớp nhật ký từng hồ sơ với các bản tin đã có và ghi bản tin còn thiếu / write every message the outbox lacks")
        {
            provider, connection, language, procedures,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var workspace = ProceduresWorkspace.Load(ProceduresFolder.Resolve(result.GetValue(procedures)), culture);
            using var engine = EngineServices.For(DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection)), workspace);
            var feed = new PortalFeed(engine.GetRequiredService<WorkflowDbContextFactory>(), engine.GetRequiredService<WorkspaceAccessor>(), engine.GetRequiredService<TimeProvider>());
            var outcome = feed.ReconcileAsync().GetAwaiter().GetResult();
            Console.WriteLine(Text.Pick(culture,
                $"Đã so khớp {outcome.Dossiers} hồ sơ: {outcome.Behind} hồ sơ thiếu bản tin, đã ghi {outcome.Written} bản tin vào hàng đợi gửi.",
                $"Compared {outcome.Dossiers} dossiers: {outcome.Behind} were behind; wrote {outcome.Written} messages to the outbox."));
            return 0;
        }));
        return command;
    }

    private static Command Status()
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var language = CommonOptions.Language();
        var command = new Command("status", "Đếm bản tin chờ gửi, đã gửi, gửi lỗi / count pending, sent and failed messages")
        {
            provider, connection, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            using var engine = EngineServices.For(DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection)));
            var outbox = new PortalOutbox(engine.GetRequiredService<WorkflowDbContextFactory>(), engine.GetRequiredService<TimeProvider>());
            int Count(OutboxStatus status) => outbox.ListAsync(status, new Engine.Queries.Paging.PageRequest(1, 1)).GetAwaiter().GetResult().Total;
            var (pending, sent, failed) = (Count(OutboxStatus.Pending), Count(OutboxStatus.Sent), Count(OutboxStatus.Failed));
            Console.WriteLine(Text.Pick(culture,
                $"Chờ gửi: {pending}; đã gửi: {sent}; gửi lỗi: {failed}.",
                $"Pending: {pending}; sent: {sent}; failed: {failed}."));
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }
}
