using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Documents;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>
/// <c>workflow portal reconcile|status</c> against a month of dossiers: reconciliation writes every
/// status change, rating and payment the outbox lacks, once, with the keys the connector uses.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PortalCommandTests(MarchScenario scenario) : IClassFixture<MarchScenario>
{
    private (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var database = scenario.Harness.Database.Options;
        return CliConsole.Run(["portal", .. args, "--provider", database.Provider.ToString(), "--connection", database.ConnectionString]);
    }

    [Fact]
    public async Task Reconcile_writes_what_the_outbox_lacks_once_and_status_counts_it()
    {
        var procedures = new[] { "--procedures", RepositoryPaths.Procedures };
        var (exit, output, error) = Run(["reconcile", .. procedures]);

        Assert.True(exit == 0, error);
        await using var db = scenario.Harness.Database.Create();
        var messages = await db.Outbox.AsNoTracking().Where(m => m.RecipientKind == RecipientKind.Portal).ToListAsync();
        var dossiers = await db.Dossiers.CountAsync();
        Assert.NotEmpty(messages);
        Assert.Equal(messages.Count, messages.Select(m => m.Subject).Distinct().Count());
        Assert.All(messages, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        Assert.Equal(dossiers, messages.Select(m => m.DossierId).Distinct().Count());
        Assert.Contains($"Đã so khớp {dossiers} hồ sơ: {dossiers} hồ sơ thiếu bản tin, đã ghi {messages.Count} bản tin", output, StringComparison.Ordinal);

        var (again, againOutput, _) = Run(["reconcile", "--lang", "en", .. procedures]);
        Assert.Equal(0, again);
        Assert.Contains($"Compared {dossiers} dossiers: 0 were behind; wrote 0 messages", againOutput, StringComparison.Ordinal);

        var (status, statusOutput, _) = Run("status");
        Assert.Equal(0, status);
        Assert.Contains($"Chờ gửi: {messages.Count}; đã gửi: 0; gửi lỗi: 0.", statusOutput, StringComparison.Ordinal);

        await db.Outbox.Where(m => m.Id == messages[0].Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Failed));
        var (withFailure, failureOutput, _) = Run("status", "--lang", "en");
        Assert.Equal(1, withFailure);
        Assert.Contains($"Pending: {messages.Count - 1}; sent: 0; failed: 1.", failureOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_that_cannot_be_opened_is_a_sentence_not_a_stack_trace()
    {
        var (exit, _, error) = CliConsole.Run("portal", "status", "--provider", "Nope", "--connection", "x");

        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
