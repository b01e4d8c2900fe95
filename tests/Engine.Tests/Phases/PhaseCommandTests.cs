using System.CommandLine;
using Workflow.Cli.Commands;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Phases;

/// <summary><c>workflow show</c> and <c>workflow simulate</c> print the phases of the first land-use certificate, run in-process on the shipped procedures.</summary>
public class PhaseCommandTests
{
    private static (int ExitCode, string Output) Run(Command command, params string[] args)
    {
        var output = new StringWriter();
        var exitCode = command.Parse([.. args, "--procedures", RepositoryPaths.Procedures]).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exitCode, output.ToString());
    }

    [Fact]
    public void Show_lists_each_phase_with_who_bears_it_its_budget_and_its_steps()
    {
        var (exitCode, output) = Run(ShowCommand.Create(), "land-first-certificate", "--version", "2");

        Assert.Equal(0, exitCode);
        Assert.Contains("""
              Giai đoạn:
                1. tiep-nhan-tham-dinh — Tiếp nhận, thẩm định hồ sơ và xác định nghĩa vụ tài chính [cơ quan, 5 ngày làm việc]: receive, branch-review, branch-head, tax-assessment
                2. nghia-vu-tai-chinh — Người sử dụng đất thực hiện nghĩa vụ tài chính [công dân, không tính vào thời hạn, 30 ngày (kể cả ngày nghỉ)]: citizen-pays
                3. cap-tra-giay-chung-nhan — Cập nhật hồ sơ địa chính, ký và trả Giấy chứng nhận [cơ quan, 5 ngày làm việc]: branch-update, branch-check, registry-sign, return
                Thời gian của cơ quan: 10 ngày làm việc / thời hạn giải quyết 10 ngày làm việc
            """.ReplaceLineEndings(), output.ReplaceLineEndings(), StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_gives_each_phase_its_budget_planned_time_and_worst_case()
    {
        var (exitCode, output) = Run(SimulateCommand.Create(), "land-first-certificate", "--version", "2", "--received", "2026-12-14T10:00", "--unit-id", "x-tan-phu-my", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("""
            Time per phase:
              tiep-nhan-tham-dinh — Tiếp nhận, thẩm định hồ sơ và xác định nghĩa vụ tài chính
                budget 5 working days (from 14/12/2026 10:00, phase due 21/12/2026 17:00); planned 41 working hours — fits; worst case 41 working hours — fits
              nghia-vu-tai-chinh — Người sử dụng đất thực hiện nghĩa vụ tài chính
                the citizen's time: 30 calendar days, not counted in the statutory time
              cap-tra-giay-chung-nhan — Cập nhật hồ sơ địa chính, ký và trả Giấy chứng nhận
                budget 5 working days (from 21/12/2026 11:00, phase due 28/12/2026 17:00); planned 4 working days — fits; worst case 4 working days — fits
            """.ReplaceLineEndings(), output.ReplaceLineEndings(), StringComparison.Ordinal);
    }
}
