using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Phases;
using Workflow.Engine.Planning;
using Workflow.Engine.Tests.Documents;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Phases;

/// <summary>
/// Time per phase of the first land-use certificate (v2: commune and branch, then the citizen's
/// financial obligation, then issuing and returning): planned as <c>workflow simulate</c> plans it,
/// and spent as the journal of a real dossier records it, on the fake clock.
/// </summary>
public class PhaseTimeTests
{
    private static readonly IReadOnlyDictionary<string, object?> Parcel = new Dictionary<string, object?> { ["parcel"] = "Thửa 125, tờ 7", ["area"] = 85.5 };

    private static ProcedureDefinition LandCertificate => EngineHarness.RepositoryWorkspace.Catalog.Find("land-first-certificate", 2)!;

    private static DeadlineCalculator Calculator => new(EngineHarness.RepositoryWorkspace.Calendar);

    [Fact]
    public void Each_phase_is_planned_with_its_budget_from_its_own_start()
    {
        var received = EngineHarness.Local(2026, 12, 14, 10, 0);
        var plan = new ProcessSimulator(Calculator, EngineHarness.RepositoryWorkspace.Organisation).Plan(LandCertificate, received, "x-tan-phu-my", Parcel);

        var phases = new PhasePlanner(Calculator).Plan(LandCertificate, plan, "x-tan-phu-my");

        Assert.Equal(["tiep-nhan-tham-dinh", "nghia-vu-tai-chinh", "cap-tra-giay-chung-nhan"], phases.Select(p => p.Phase.Id));
        var first = phases[0];
        Assert.Equal((received, EngineHarness.Local(2026, 12, 21, 11, 0), EngineHarness.Local(2026, 12, 21, 17, 0)), (first.Start!.Value, first.PlannedFinish!.Value, first.BudgetDue!.Value));
        Assert.Equal(TimeSpan.FromHours(41), first.PlannedTime);
        Assert.True(first.FitsBudget && first.WorstFitsBudget);
        Assert.True(phases[1].IsCitizens);
        var last = phases[2];
        Assert.Equal(EngineHarness.Local(2026, 12, 21, 11, 0), last.Start);
        Assert.Equal(TimeSpan.FromHours(32), last.PlannedTime);
        Assert.Equal(TimeSpan.FromHours(32), last.WorstTime);
    }

    [Fact]
    public void The_worst_case_follows_the_longest_route_a_phase_can_take()
    {
        // The branch head may send the dossier to the tax office or back to the specialist; a phase that
        // ends with the head's review therefore lasts, at worst, as long as its longest branch.
        var shortened = LandCertificate with
        {
            Process = LandCertificate.Process with
            {
                Phases = [LandCertificate.Process.Phases[0] with { Budget = new DurationSpec { Value = 3, Unit = DurationUnit.WorkingDays } }],
            },
        };
        var received = EngineHarness.Local(2026, 12, 14, 10, 0);
        var plan = new ProcessSimulator(Calculator, null).Plan(shortened, received);

        var phase = Assert.Single(new PhasePlanner(Calculator).Plan(shortened, plan));

        Assert.False(phase.FitsBudget);
        Assert.False(phase.WorstFitsBudget);
        Assert.Equal(EngineHarness.Local(2026, 12, 17, 17, 0), phase.BudgetDue);
    }

    [Fact]
    public async Task The_journal_gives_the_time_each_phase_took_including_the_citizens()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 12, 14, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", Parcel);
        Assert.Equal(2, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
        h.SetLocal(2026, 12, 14, 10, 0);
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        h.SetLocal(2026, 12, 15, 10, 0);
        await h.CompleteAsync(d.DossierId, "branch-review", "approve");
        h.SetLocal(2026, 12, 16, 10, 0);
        await h.CompleteAsync(d.DossierId, "branch-head", "send");
        h.SetLocal(2026, 12, 17, 10, 0);
        await h.CompleteAsync(d.DossierId, "tax-assessment", "notify");

        h.SetLocal(2027, 1, 20, 9, 0);
        var waiting = await ReadAsync(h, d.DossierId);
        Assert.Equal((false, TimeSpan.FromHours(26)), (waiting[0].Running, waiting[0].Spent));
        Assert.False(waiting[0].OverBudget);
        Assert.True(waiting[1].Running);
        Assert.Equal(EngineHarness.Local(2026, 12, 17, 10, 0), waiting[1].StartedAt);
        Assert.True(waiting[1].OverBudget, "the citizen has had the notice for 34 days of a 30-day budget");
        Assert.False(waiting[2].Started);

        h.SetLocal(2027, 1, 20, 10, 0);
        await h.Engine.PaymentConfirmedAsync(d.DossierId, "BL-0001234", EngineHarness.Officer("x-tan-phu-my", "desk-officer"));
        h.SetLocal(2027, 1, 22, 10, 0);
        await h.CompleteAsync(d.DossierId, "branch-update", "submit");
        await h.CompleteAsync(d.DossierId, "branch-check", "submit");
        h.SetLocal(2027, 1, 26, 10, 0);
        await h.CompleteAsync(d.DossierId, "registry-sign", "sign");
        h.SetLocal(2027, 1, 28, 10, 0);
        await h.CompleteAsync(d.DossierId, "return", "returned");

        var done = await ReadAsync(h, d.DossierId);
        Assert.All(done, p => Assert.False(p.Running));
        Assert.Equal(TimeSpan.FromHours(26), done[0].Spent);
        Assert.Equal((EngineHarness.Local(2026, 12, 17, 10, 0), EngineHarness.Local(2027, 1, 20, 10, 0)), (done[1].StartedAt!.Value, done[1].EndedAt!.Value));
        Assert.Equal(TimeSpan.FromDays(34), done[1].Spent);
        Assert.True(done[1].OverBudget);
        Assert.Equal(EngineHarness.Local(2027, 1, 27, 17, 0), done[2].BudgetDue);
        Assert.Equal(TimeSpan.FromHours(48), done[2].Spent);
        Assert.True(done[2].OverBudget, "six working days in a five-day phase");

        // The control sheet prints the same figures under its handover table, in both sets of forms.
        var sheet = (ControlSheetFormData)await new DossierFormBuilder(h.Database, h.Workspace.Current, h.Clock).BuildAsync(d.DossierId, FormPurpose.ControlSheet);
        Assert.Equal(
            [("Tiếp nhận, thẩm định hồ sơ và xác định nghĩa vụ tài chính", "5 ngày làm việc", "26 giờ làm việc", false, false),
             ("Người sử dụng đất thực hiện nghĩa vụ tài chính", "30 ngày (kể cả ngày nghỉ)", "34 ngày (kể cả ngày nghỉ)", true, true),
             ("Cập nhật hồ sơ địa chính, ký và trả Giấy chứng nhận", "5 ngày làm việc", "6 ngày làm việc", false, true)],
            sheet.Phases.Select(p => (p.Name, p.Budget, p.Spent, p.BorneByCitizen, p.OverBudget)));
        foreach (var set in new[] { "tt01-2018", "tt03-2025" })
        {
            var text = HtmlText.Visible(RepositoryForms.Renderer.Render(sheet, set).Html);
            Assert.Contains("Thời gian giải quyết theo giai đoạn của quy trình nội bộ:", text, StringComparison.Ordinal);
            Assert.Contains("2. Người sử dụng đất thực hiện nghĩa vụ tài chính (thời gian của công dân, không tính vào thời hạn giải quyết) 30 ngày (kể cả ngày nghỉ) Từ: 10 giờ 00 phút, ngày 17/12/2026 Đến: 10 giờ 00 phút, ngày 20/01/2027 34 ngày (kể cả ngày nghỉ) Quá thời gian", text, StringComparison.Ordinal);
            Assert.Contains("3. Cập nhật hồ sơ địa chính, ký và trả Giấy chứng nhận 5 ngày làm việc Từ: 10 giờ 00 phút, ngày 20/01/2027 Đến: 10 giờ 00 phút, ngày 28/01/2027 6 ngày làm việc Quá thời gian", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_control_sheet_of_a_procedure_without_phases_has_no_phase_table()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 12, 14, 8, 0));
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });

        var sheet = (ControlSheetFormData)await new DossierFormBuilder(h.Database, h.Workspace.Current, h.Clock).BuildAsync(d.DossierId, FormPurpose.ControlSheet);

        Assert.Empty(sheet.Phases);
        Assert.DoesNotContain("theo giai đoạn", HtmlText.Visible(RepositoryForms.Renderer.Render(sheet, "tt03-2025").Html), StringComparison.Ordinal);
    }

    [Fact]
    public void A_supplement_requested_inside_a_phase_keeps_it_running()
    {
        // As the journal records it: the branch asks the citizen for a supplement, which names no step of the process.
        var start = EngineHarness.Local(2026, 12, 14, 8, 0);
        var entries = new List<(DateTimeOffset, string, string?)>
        {
            (start, "task-created", "receive"),
            (start.AddHours(2), "complete", "receive"),
            (start.AddHours(2), "handoff", "branch-review"),
            (start.AddDays(1), "complete", "branch-review"),
            (start.AddDays(1), "request-supplement", "supplement"),
        };

        var phase = new PhaseProgressReader(Calculator).Read(LandCertificate, entries, start.AddDays(2))[0];

        Assert.True(phase.Running);
        Assert.Equal(TimeSpan.FromHours(16), phase.Spent);
    }

    private static async Task<IReadOnlyList<PhaseProgress>> ReadAsync(EngineHarness h, Guid dossierId)
    {
        var journal = await h.JournalAsync(dossierId);
        var entries = journal.Select(j => (new DateTimeOffset(DateTime.SpecifyKind(j.At, DateTimeKind.Utc)), j.Command, j.StepId)).ToList();
        return new PhaseProgressReader(Calculator).Read(LandCertificate, entries, h.Clock.GetUtcNow(), "x-tan-phu-my");
    }
}
