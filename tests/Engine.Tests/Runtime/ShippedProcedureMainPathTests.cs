using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// Every procedure shipped in <c>procedures/</c>, received at a desk and driven along its main path
/// (each officer answers with the step's first approving outcome at the moment the step falls due,
/// every consulted agency answers, the citizen pays or fulfils an obligation an hour after being
/// asked) must end with its result on or before the due the dossier was given. A definition the
/// validator accepts but the engine cannot run, or whose steps overrun its statutory time, fails here.
/// </summary>
public class ShippedProcedureMainPathTests
{
    // A Thursday at the opening. Later receipts are the validator's business (WF040, WF041): three
    // same-day procedures shipped first plan 8 working hours, which only a morning receipt fits.
    private static readonly DateTimeOffset Received = EngineHarness.Local(2026, 3, 5, 8, 0);

    private const int MaxCommands = 60;

    public static TheoryData<string> ShippedProcedures()
    {
        var date = VietnamTime.LocalDate(Received);
        return new TheoryData<string>(EngineHarness.RepositoryWorkspace.Catalog.ProcedureIds.Where(id => EngineHarness.RepositoryWorkspace.Catalog.InForce(id, date) is not null));
    }

    [Theory]
    [MemberData(nameof(ShippedProcedures))]
    public async Task A_dossier_of_every_shipped_procedure_runs_its_main_path_to_its_result_on_time(string procedureId)
    {
        await using var h = await EngineHarness.StartAsync(Received);
        var date = VietnamTime.LocalDate(Received);
        var definition = h.Workspace.Current.Catalog.InForce(procedureId, date)!;
        var desk = h.Workspace.Current.Organisation!.UnitsOfKindAt(definition.ReceivingUnitKind, date).OrderBy(u => u.Id, StringComparer.Ordinal).First().Id;

        var received = await h.ReceiveAtDeskAsync(procedureId, desk, RequiredData(definition));
        var due = (await h.DossierAsync(received.DossierId)).DueAt;
        Assert.NotNull(due);

        for (var commands = 0; ; commands++)
        {
            Assert.True(commands < MaxCommands, $"{procedureId}: still open after {MaxCommands} commands.");
            var open = await h.OpenItemsAsync(received.DossierId);
            if (open.Count == 0)
            {
                break;
            }

            // The item falling due first is answered first, at its due (never earlier than now).
            var next = open.OrderBy(i => i.DueAt ?? DateTime.MaxValue).ThenBy(i => i.CreatedAt).First();
            if (next.Kind == WorkItemKind.Wait)
            {
                Assert.NotEqual(WaitReason.Supplement, next.WaitFor);
                h.Clock.Advance(TimeSpan.FromHours(1));
                await h.Engine.PaymentConfirmedAsync(received.DossierId, $"BL-{commands:D4}", EngineHarness.Officer(desk, "desk-officer"));
                continue;
            }

            if (next.DueAt is { } stepDue && stepDue > h.Clock.GetUtcNow().UtcDateTime)
            {
                h.Clock.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(stepDue, DateTimeKind.Utc)));
            }

            await h.CompleteAsync(received.DossierId, next.StepId, MainOutcome(definition, next.StepId));
        }

        var dossier = await h.DossierAsync(received.DossierId);
        Assert.Equal(EndResult.Issued, dossier.Result);
        Assert.Equal(10, dossier.StatusCode);
        Assert.NotNull(dossier.FinishedAt);
        Assert.True(dossier.FinishedAt <= dossier.DueAt, $"{procedureId}: finished {dossier.FinishedAt:u}, due {dossier.DueAt:u}.");
        Assert.NotEqual(Punctuality.Late, dossier.FinishPunctuality);
    }

    /// <summary>The first approving outcome, else the first forwarding one: the path a dossier in order takes.</summary>
    private static string MainOutcome(ProcedureDefinition definition, string stepId)
    {
        var outcomes = definition.Process.Find(stepId)!.Outcomes;
        return (outcomes.FirstOrDefault(o => o.Kind == OutcomeKind.Approve) ?? outcomes.First(o => o.Kind == OutcomeKind.Forward)).Id;
    }

    /// <summary>A plausible value for each required field; optional fields are left out, so alternatives and exemptions do not apply.</summary>
    private static Dictionary<string, object?> RequiredData(ProcedureDefinition definition) =>
        definition.Data.Where(f => f.Required).ToDictionary(f => f.Id, f => f.Type switch
        {
            DataFieldType.Number => (object?)2,
            DataFieldType.Boolean => false,
            DataFieldType.Date => "2026-02-20",
            DataFieldType.Choice => f.Choices[0],
            _ => "Nguyễn Văn An",
        });
}
