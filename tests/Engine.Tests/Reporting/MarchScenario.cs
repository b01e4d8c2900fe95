using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Reporting;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>
/// March 2026 at two communes, built through the engine in time order with a fake clock.
/// Units: x-tan-phu-my (H55.32, Mon-Fri) with its economic office x-tan-phu-my-kt, and p-hoa-an
/// (H55.31, also Saturday mornings) with p-hoa-an-kt; both under tinh-binh-minh (H55) in 2026.
/// Working hours 07:00-11:30 and 13:30-17:00 (8 hours a day). March 2026 has no public holiday.
///
/// | dossier | procedure (unit) | channel | accepted | result ready | outcome |
/// |---|---|---|---|---|---|
/// | C4 | birth (p-hoa-an) | desk | Tue 24/02 09:00 | 24/02 09:30 | February only: in no March figure |
/// | C1 | business household (x-tpm) | desk | Wed 25/02 09:00 | Tue 03/03 10:00 | carried over; due Mon 02/03 17:00: late (review at x-tpm-kt late) |
/// | C2 | land certificate (x-tpm) | online | Thu 26/02 10:30 | - | carried over; due Thu 12/03 17:00: open and overdue at the end |
/// | C3 | birth (x-tpm) | desk | Fri 27/02 16:00 | Mon 02/03 08:30 | carried over; after 15:00 so due Mon 02/03 17:00: on time |
/// | C5 | birth (x-tpm) | online | Mon 02/03 08:00 (submitted Fri 27/02 20:00) | 02/03 08:45 | new in March (accepted then): on time |
/// | M1 | birth (x-tpm) | desk | Mon 02/03 09:00 | 02/03 09:30 | on time |
/// | M2 | business household (x-tpm) | online, paid online, result online | Tue 03/03 09:00 | Wed 04/03 08:30 | due Fri 06/03: early; full online |
/// | M3 | certified copy (p-hoa-an) | desk | Mon 09/03 10:00 | 09/03 11:00 | on time |
/// | M4 | signature certification (p-hoa-an) | desk | Tue 10/03 10:00 | Wed 11/03 08:00 | apology, new appointment 11/03 17:00: on time against it; sign step late |
/// | M6 | birth (x-tpm) | post, returned by post | Wed 11/03 09:00 | Fri 13/03 11:00 | supplement 11/03 10:00 → 13/03 09:00 (restart): on time |
/// | M5 | business household (p-hoa-an) | desk, paid at the desk | Mon 16/03 09:00 | Fri 20/03 09:00 | due Thu 19/03 17:00: late (review at p-hoa-an-kt late) |
/// | M7 | certified copy (x-tpm) | desk | Tue 17/03 09:00 | - | withdrawn 17/03 10:00 |
/// | M8 | birth (p-hoa-an) | online | - | - | refused at intake Wed 18/03 09:00 |
/// | M9 | signature certification (x-tpm) | desk | Thu 19/03 09:00 | 19/03 09:30 | rejected during processing, on time |
/// | M12 | certified copy (p-hoa-an) | online | - | - | asked to complete at intake Mon 23/03 |
/// | M10 | business household (x-tpm) | desk | Tue 24/03 09:00 | - | due Fri 27/03 17:00: open and overdue at the end |
/// | M11 | land certificate (p-hoa-an) | desk | Mon 30/03 09:00 | - | due in April: open, within time |
///
/// Ratings: C4 satisfied (February), C1 satisfied, M2 very satisfied, M3 satisfied, M5 not satisfied.
/// The report is run on Wed 01/04/2026 08:00.
/// </summary>
public sealed class MarchScenario : IAsyncLifetime
{
    public const string TanPhuMy = "x-tan-phu-my";
    public const string TanPhuMyOffice = "x-tan-phu-my-kt";
    public const string HoaAn = "p-hoa-an";
    public const string HoaAnOffice = "p-hoa-an-kt";
    public const string Province = "tinh-binh-minh";

    private const string Birth = "birth-registration";
    private const string Business = "business-household-registration";
    private const string Land = "land-first-certificate";
    private const string Copy = "certified-copy";
    private const string Signature = "signature-certification";

    private readonly Dictionary<string, Guid> _dossiers = new();

    public EngineHarness Harness { get; private set; } = null!;

    public static ReportPeriod March { get; } = ReportPeriod.Month(2026, 3);

    public Guid this[string name] => _dossiers[name];

    public ReportService Reports => new(Harness.Database, Harness.Workspace.Current, Harness.Clock);

    public async Task InitializeAsync()
    {
        Harness = await EngineHarness.StartAsync(EngineHarness.Local(2026, 2, 24, 8, 0));
        var h = Harness;

        // February.
        At(2, 24, 9, 0);
        await Desk("C4", Birth, HoaAn, BirthData("Lê Gia Hân"));
        await Steps("C4", (9, 10, "receive", "transfer"), (9, 20, "verify", "approve"), (9, 30, "sign", "sign"), (9, 40, "return", "returned"));
        At(2, 24, 9, 50);
        await h.Engine.RateAsync(this["C4"], SatisfactionLevel.Satisfied, null, "desk", EngineHarness.Officer(HoaAn, "desk-officer"));

        At(2, 25, 9, 0);
        await Desk("C1", Business, TanPhuMy, BusinessData("Tạp hóa Minh Anh"));
        At(2, 25, 9, 30);
        await h.CompleteAsync(this["C1"], "receive", "transfer");

        At(2, 26, 10, 0);
        await Online("C2", Land, TanPhuMy, LandData("Thửa 42, tờ bản đồ số 3"));
        At(2, 26, 10, 30);
        await h.Engine.AcceptAsync(this["C2"], Desk(TanPhuMy));

        At(2, 27, 16, 0);
        await Desk("C3", Birth, TanPhuMy, BirthData("Trần Bảo Ngọc"));
        At(2, 27, 16, 30);
        await h.CompleteAsync(this["C3"], "receive", "transfer");

        At(2, 27, 20, 0);
        await Online("C5", Birth, TanPhuMy, BirthData("Phạm Minh Khôi"));

        // Monday 2 March.
        At(3, 2, 8, 0);
        await h.CompleteAsync(this["C3"], "verify", "approve");
        await h.Engine.AcceptAsync(this["C5"], Desk(TanPhuMy));
        await Steps("C5", (8, 15, "receive", "transfer"));
        await Steps("C3", (8, 30, "sign", "sign"));
        await Steps("C5", (8, 30, "verify", "approve"), (8, 45, "sign", "sign"));
        await Steps("C3", (9, 0, "return", "returned"));
        await Steps("C5", (9, 0, "return", "returned"));
        At(3, 2, 9, 0);
        await Desk("M1", Birth, TanPhuMy, BirthData("Võ Thanh Tâm"));
        await Steps("M1", (9, 10, "receive", "transfer"), (9, 20, "verify", "approve"), (9, 30, "sign", "sign"), (9, 40, "return", "returned"));

        // Tuesday 3 March.
        At(3, 3, 8, 0);
        await Online("M2", Business, TanPhuMy, BusinessData("Cà phê Sông Xanh"), ResultDelivery.Online);
        At(3, 3, 9, 0);
        await h.Engine.AcceptAsync(this["M2"], Desk(TanPhuMy));
        await h.CompleteAsync(this["C1"], "review", "approve");
        await Steps("M2", (9, 30, "receive", "transfer"));
        At(3, 3, 9, 45);
        await h.Engine.RecordPaymentAsync(this["M2"], PaymentMethod.Gateway, 100_000, "GW-M2", Actor.Citizen("Nguyễn Thị Minh Thư"));
        At(3, 3, 9, 50);
        await h.Engine.GatewayPaymentResultAsync("GW-M2", succeeded: true);
        await Steps("C1", (10, 0, "approve", "sign"), (11, 0, "return", "returned"));
        At(3, 3, 11, 30);
        await h.Engine.RateAsync(this["C1"], SatisfactionLevel.Satisfied, null, "desk", Desk(TanPhuMy));

        // Wednesday 4 March.
        At(3, 4, 8, 0);
        await h.CompleteAsync(this["M2"], "review", "approve");
        await Steps("M2", (8, 30, "approve", "sign"), (9, 0, "return", "returned"));
        At(3, 4, 9, 30);
        await h.Engine.RateAsync(this["M2"], SatisfactionLevel.VerySatisfied, null, "online", Actor.Citizen("Nguyễn Thị Minh Thư"));

        // Monday 9 March.
        At(3, 9, 10, 0);
        await Desk("M3", Copy, HoaAn, new Dictionary<string, object?> { ["pages"] = 2, ["copies"] = 1 });
        await Steps("M3", (10, 30, "check", "approve"), (11, 0, "sign", "sign"), (11, 15, "return", "returned"));
        At(3, 9, 11, 20);
        await h.Engine.RateAsync(this["M3"], SatisfactionLevel.Satisfied, null, "desk", Desk(HoaAn));

        // Tuesday 10 March: the signer is away; the ward apologises before the deadline.
        At(3, 10, 10, 0);
        await Desk("M4", Signature, HoaAn, null);
        await Steps("M4", (10, 30, "witness", "approve"));
        At(3, 10, 11, 0);
        await h.Engine.ApologiseAsync(this["M4"], EngineHarness.Local(2026, 3, 11, 17, 0), "Người có thẩm quyền ký đi công tác", EngineHarness.Officer(HoaAn, "leader"));

        // Wednesday 11 March.
        At(3, 11, 8, 0);
        await h.CompleteAsync(this["M4"], "sign", "sign");
        await Steps("M4", (8, 30, "return", "returned"));
        At(3, 11, 9, 0);
        var posted = await h.Engine.ReceiveAsync(new ReceiveDossier(Birth, Channel.Post, TanPhuMy, Applicant, BirthData("Đặng Hữu Phước"),
            Documents(Birth), Decision: IntakeDecision.Accept, FiledAt: EngineHarness.Local(2026, 3, 11, 9, 0), PostalWaybill: "EE111222333VN",
            ResultDelivery: ResultDelivery.Post), Desk(TanPhuMy));
        _dossiers["M6"] = posted.DossierId;
        await Steps("M6", (9, 30, "receive", "transfer"));
        At(3, 11, 10, 0);
        await h.CompleteAsync(this["M6"], "verify", "supplement", "Thiếu giấy chứng sinh bản chính");

        // Friday 13 March: the supplement arrives; the clock counts again from 09:00.
        At(3, 13, 9, 0);
        await h.Engine.SupplementReceivedAsync(this["M6"], [new ReceivedDocument("giay-chung-sinh", 1, 0, 0)], null, Desk(TanPhuMy));
        await Steps("M6", (10, 0, "verify", "approve"), (11, 0, "sign", "sign"));
        At(3, 13, 14, 0);
        await h.Engine.ReturnByPostAsync(this["M6"], "EE999888777VN", EngineHarness.Local(2026, 3, 13, 14, 0), Desk(TanPhuMy));

        // Monday 16 March.
        At(3, 16, 9, 0);
        await Desk("M5", Business, HoaAn, BusinessData("Tiệm may Hòa An"));
        await Steps("M5", (9, 30, "receive", "transfer"));
        At(3, 16, 10, 0);
        await h.Engine.RecordPaymentAsync(this["M5"], PaymentMethod.Desk, 100_000, "BL-0001", Desk(HoaAn));

        // Tuesday 17 March: withdrawn an hour after acceptance.
        At(3, 17, 9, 0);
        await Desk("M7", Copy, TanPhuMy, new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 2 });
        At(3, 17, 10, 0);
        await h.Engine.WithdrawAsync(this["M7"], "Công dân không còn nhu cầu", Desk(TanPhuMy));

        // Wednesday 18 March: refused at intake.
        At(3, 18, 8, 0);
        await Online("M8", Birth, HoaAn, BirthData("Nguyễn An Nhiên"));
        At(3, 18, 9, 0);
        await h.Engine.RefuseIntakeAsync(this["M8"], "Không thuộc thẩm quyền: trẻ sinh tại nước ngoài", Desk(HoaAn));

        // Thursday 19 March: the competent officer refuses to certify.
        At(3, 19, 9, 0);
        await Desk("M9", Signature, TanPhuMy, null);
        At(3, 19, 9, 30);
        await h.CompleteAsync(this["M9"], "witness", "refuse", "Người yêu cầu không xuất trình giấy tờ tùy thân");

        // Friday 20 March: the economic office finally reviews M5.
        At(3, 20, 8, 0);
        await h.CompleteAsync(this["M5"], "review", "approve");
        await Steps("M5", (9, 0, "approve", "sign"), (9, 30, "return", "returned"));
        At(3, 20, 10, 0);
        await h.Engine.RateAsync(this["M5"], SatisfactionLevel.NotSatisfied, "Trễ hẹn hai ngày", "online", Actor.Citizen("Nguyễn Thị Minh Thư"));

        // Monday 23 March: incomplete online dossier.
        At(3, 23, 8, 0);
        await Online("M12", Copy, HoaAn, new Dictionary<string, object?> { ["pages"] = 3, ["copies"] = 1 });
        At(3, 23, 9, 0);
        await h.Engine.AskToCompleteAsync(this["M12"], ["Bản chính giấy tờ cần chứng thực"], null, Desk(HoaAn));

        // Tuesday 24 March and Monday 30 March: still open at the end of the month.
        At(3, 24, 9, 0);
        await Desk("M10", Business, TanPhuMy, BusinessData("Sửa xe Tân Phú"));
        await Steps("M10", (9, 30, "receive", "transfer"));
        At(3, 30, 9, 0);
        await Desk("M11", Land, HoaAn, LandData("Thửa 7, tờ bản đồ số 12"));

        At(4, 1, 8, 0);
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();

    private static ApplicantInfo Applicant => new("Nguyễn Thị Minh Thư", "079190001234", "0912345678", "minhthu@example.vn", "Tổ 3, khu phố 2");

    private static Actor Desk(string unitId) => EngineHarness.Officer(unitId, "desk-officer");

    private static Dictionary<string, object?> BirthData(string child) => new() { ["childName"] = child, ["birthDate"] = "2026-02-20" };

    private static Dictionary<string, object?> BusinessData(string name) => new() { ["businessName"] = name, ["members"] = 2 };

    private static Dictionary<string, object?> LandData(string parcel) => new() { ["parcel"] = parcel, ["area"] = 120 };

    /// <summary>Moves the clock to a local time of 2026 (never backwards: steps at the same minute stay there).</summary>
    private void At(int month, int day, int hour, int minute)
    {
        if (EngineHarness.Local(2026, month, day, hour, minute) > Harness.Clock.GetUtcNow())
        {
            Harness.SetLocal(2026, month, day, hour, minute);
        }
    }

    private IReadOnlyList<ReceivedDocument> Documents(string procedureId) =>
        ReceivedDocument.AllRequiredBy(Harness.Workspace.Current.Catalog.InForce(procedureId, new DateOnly(2026, 3, 1))!);

    private async Task Desk(string name, string procedureId, string unitId, Dictionary<string, object?>? data) =>
        _dossiers[name] = (await Harness.ReceiveAtDeskAsync(procedureId, unitId, data)).DossierId;

    private async Task Online(string name, string procedureId, string unitId, Dictionary<string, object?> data, ResultDelivery delivery = ResultDelivery.Desk) =>
        _dossiers[name] = (await Harness.Engine.ReceiveAsync(new ReceiveDossier(procedureId, Channel.Online, unitId, Applicant, data, Documents(procedureId), ResultDelivery: delivery),
            Actor.Citizen(Applicant.Name))).DossierId;

    /// <summary>Completes steps of one dossier at the given times of the current day.</summary>
    private async Task Steps(string name, params (int Hour, int Minute, string Step, string Outcome)[] steps)
    {
        var today = Workflow.Engine.Calendars.VietnamTime.LocalDate(Harness.Clock.GetUtcNow());
        foreach (var (hour, minute, step, outcome) in steps)
        {
            if (Workflow.Engine.Calendars.VietnamTime.LocalDateTime(Harness.Clock.GetUtcNow()) < today.ToDateTime(new TimeOnly(hour, minute)))
            {
                At(today.Month, today.Day, hour, minute);
            }

            await Harness.CompleteAsync(this[name], step, outcome);
        }
    }
}
