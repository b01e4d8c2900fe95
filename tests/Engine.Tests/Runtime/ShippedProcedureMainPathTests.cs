using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
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

    private static readonly TimeSpan CitizenAnswersAfter = TimeSpan.FromHours(1);

    private const int MaxCommandsPerDossier = 60;

    /// <summary>
    /// One engine and one database for all procedures (a database per procedure costs seconds each
    /// on PostgreSQL): the dossiers are received together and the clock moves from one due item to
    /// the next, whichever dossier it belongs to.
    /// </summary>
    [Fact]
    public async Task A_dossier_of_every_shipped_procedure_runs_its_main_path_to_its_result_on_time()
    {
        await using var h = await EngineHarness.StartAsync(Received);
        var date = VietnamTime.LocalDate(Received);
        var catalog = h.Workspace.Current.Catalog;
        var definitions = catalog.ProcedureIds.Select(id => catalog.InForce(id, date)).OfType<ProcedureDefinition>().ToList();
        Assert.True(definitions.Count >= 26, $"Only {definitions.Count} procedures are in force on {date:dd/MM/yyyy}.");

        var dossiers = new Dictionary<Guid, (ProcedureDefinition Definition, string Desk)>();
        foreach (var definition in definitions)
        {
            var desk = h.Workspace.Current.Organisation!.UnitsOfKindAt(definition.ReceivingUnitKind, date).OrderBy(u => u.Id, StringComparer.Ordinal).First().Id;
            var received = await h.ReceiveAtDeskAsync(definition.Id, desk, RequiredData(definition));
            dossiers.Add(received.DossierId, (definition, desk));
        }

        for (var commands = 0; ; commands++)
        {
            Assert.True(commands < MaxCommandsPerDossier * dossiers.Count, "The dossiers are still open after too many commands: a main path loops.");
            var open = await OpenItemsAsync(h);
            if (open.Count == 0)
            {
                break;
            }

            // The earliest event first: a task at its due, a citizen's answer an hour after the request.
            var next = open.MinBy(i => (When(i), i.CreatedAt))!;
            if (When(next) > h.Clock.GetUtcNow())
            {
                h.Clock.SetUtcNow(When(next));
            }

            var (definition, desk) = dossiers[next.DossierId];
            if (next.Kind == WorkItemKind.Wait)
            {
                Assert.True(next.WaitFor != WaitReason.Supplement, $"{definition.Id}: asked for a supplement on its main path.");
                await h.Engine.PaymentConfirmedAsync(next.DossierId, $"BL-{commands:D4}", EngineHarness.Officer(desk, "desk-officer"));
                continue;
            }

            await h.Engine.CompleteAsync(new CompleteTask(next.Id, MainOutcome(definition, next.StepId)), EngineHarness.Officer(next.UnitId!, next.Role!));
        }

        var late = new List<string>();
        foreach (var (id, (definition, _)) in dossiers)
        {
            var dossier = await h.DossierAsync(id);
            if (dossier.Result != EndResult.Issued || dossier.StatusCode != 10 || dossier.FinishedAt > dossier.DueAt || dossier.FinishPunctuality == Punctuality.Late)
            {
                late.Add($"{definition.Key}: {dossier.Result} (status {dossier.StatusCode}), finished {dossier.FinishedAt:u}, due {dossier.DueAt:u}");
            }
        }

        Assert.Empty(late);
    }

    private static DateTimeOffset When(WorkItemRecord item) => new(DateTime.SpecifyKind(
        item.Kind == WorkItemKind.Wait ? item.CreatedAt + CitizenAnswersAfter : item.DueAt ?? item.CreatedAt, DateTimeKind.Utc));

    private static async Task<List<WorkItemRecord>> OpenItemsAsync(EngineHarness h)
    {
        await using var db = h.Database.Create();
        return await db.WorkItems.AsNoTracking().Where(i => i.Status == WorkItemStatus.Open).ToListAsync();
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
