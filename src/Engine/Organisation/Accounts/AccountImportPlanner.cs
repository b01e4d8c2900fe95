using System.Globalization;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Localization;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>
/// Decides, row by row, what a file in the accounts layout does to the officers and memberships there are:
/// a sign-in name not yet known makes an officer; one that is known updates its name and contact; a membership
/// is matched by unit, role and first day (a blank first day matches the one held today or later, else starts today).
/// Nothing is removed: a membership ends when its row gives an end date.
/// </summary>
internal static class AccountImportPlanner
{
    private const int MaxUserName = 100;
    private const int MaxName = 200;
    private const int MaxEmail = 200;
    private const int MaxPhone = 32;

    public static AccountImportPlan Plan(
        string fileName,
        IReadOnlyList<TableRow> table,
        OrganisationModel organisation,
        IReadOnlyList<OfficerRecord> officers,
        IReadOnlyList<MembershipRecord> memberships,
        DateOnly today,
        CultureInfo? culture)
    {
        var header = TableHeader.Find(table, AccountColumns.All, culture);
        var writes = new AccountImportWrites();
        var results = new List<AccountRowResult>();
        var byName = officers.ToDictionary(o => o.UserName, StringComparer.OrdinalIgnoreCase);
        var held = memberships.ToList();
        var seen = new HashSet<MembershipRecord>();
        var firstRowOf = new Dictionary<string, (int Row, string Name, string? Email, string? Phone)>(StringComparer.OrdinalIgnoreCase);
        string T(string vi, string en) => Text.Pick(culture, vi, en);

        foreach (var row in table.Where(r => r.Number > header.Row && !r.IsBlank))
        {
            var issues = new List<ImportIssue>();
            void Refuse(TableColumn column, string vi, string en) => issues.Add(new ImportIssue(row.Number, header.Name(column, culture), T(vi, en)));

            var userName = header.Cell(row, AccountColumns.UserName).ToLowerInvariant();
            var name = header.Cell(row, AccountColumns.DisplayName);
            var email = NullIfEmpty(header.Cell(row, AccountColumns.Email));
            var phone = NullIfEmpty(header.Cell(row, AccountColumns.Phone));
            var unitCell = header.Cell(row, AccountColumns.Unit);
            var role = NullIfEmpty(header.Cell(row, AccountColumns.Role));

            if (userName.Length == 0)
            {
                Refuse(AccountColumns.UserName, "Thiếu tên đăng nhập; ghi tên đăng nhập của cán bộ.", "The user name is missing; write the officer's user name.");
            }
            else if (userName.Length > MaxUserName || !userName.All(IsUserNameCharacter))
            {
                Refuse(AccountColumns.UserName,
                    $"Tên đăng nhập \"{userName}\" chỉ được gồm chữ không dấu, chữ số và các dấu . _ - @ (tối đa {MaxUserName} ký tự).",
                    $"The user name \"{userName}\" may only hold letters without diacritics, digits and . _ - @ (at most {MaxUserName} characters).");
            }

            if (name.Length == 0)
            {
                Refuse(AccountColumns.DisplayName, "Thiếu họ và tên; ghi họ và tên của cán bộ.", "The full name is missing; write the officer's full name.");
            }
            else if (name.Length > MaxName)
            {
                Refuse(AccountColumns.DisplayName, $"Họ và tên dài quá {MaxName} ký tự.", $"The full name is longer than {MaxName} characters.");
            }

            if (email is not null && (email.Length > MaxEmail || !email.Contains('@', StringComparison.Ordinal)))
            {
                Refuse(AccountColumns.Email, $"\"{email}\" không phải địa chỉ thư điện tử.", $"\"{email}\" is not an email address.");
            }

            if (phone is not null && phone.Length > MaxPhone)
            {
                Refuse(AccountColumns.Phone, $"Số điện thoại dài quá {MaxPhone} ký tự.", $"The phone number is longer than {MaxPhone} characters.");
            }

            // The same person may take several rows (one per membership), but always under the same name and contact.
            if (userName.Length > 0 && firstRowOf.TryGetValue(userName, out var first))
            {
                if (first.Name != name || first.Email != email || first.Phone != phone)
                {
                    Refuse(AccountColumns.UserName,
                        $"Tên đăng nhập \"{userName}\" đã có ở dòng {first.Row} với họ tên hoặc liên hệ khác; mỗi tên đăng nhập là một người, ghi giống nhau ở mọi dòng hoặc đổi tên đăng nhập.",
                        $"The user name \"{userName}\" is already on row {first.Row} with another name or contact; a user name is one person: write the same on every row or use another user name.");
                }
            }
            else if (userName.Length > 0 && issues.Count == 0)
            {
                firstRowOf[userName] = (row.Number, name, email, phone);
            }

            var from = ReadDay(row, header, AccountColumns.From, culture, issues);
            var to = ReadDay(row, header, AccountColumns.To, culture, issues);
            UnitRecord? unit = null;
            var hasMembership = unitCell.Length > 0 || role is not null;
            if (hasMembership)
            {
                var firstDay = from ?? today;
                if (unitCell.Length == 0)
                {
                    Refuse(AccountColumns.Unit, "Có vai trò nhưng thiếu mã đơn vị; ghi mã đơn vị (xem trang Cơ cấu tổ chức).", "A role is given without a unit; write the unit id (see the Organisation page).");
                }
                else if ((organisation.UnitAt(unitCell, firstDay) ?? organisation.FindByCode(unitCell, firstDay)) is { } found)
                {
                    unit = found;
                }
                else
                {
                    Refuse(AccountColumns.Unit, organisation.HasUnit(unitCell)
                            ? $"Đơn vị \"{unitCell}\" không hoạt động ngày {AccountDay.Write(firstDay)}; ghi ngày bắt đầu khi đơn vị còn hoạt động hoặc đơn vị kế thừa."
                            : $"Không có đơn vị \"{unitCell}\"; ghi mã đơn vị như trang Cơ cấu tổ chức hiển thị.",
                        organisation.HasUnit(unitCell)
                            ? $"The unit \"{unitCell}\" is not in force on {firstDay:yyyy-MM-dd}; give a first day when it is, or its successor."
                            : $"There is no unit \"{unitCell}\"; write the unit id as the Organisation page shows it.");
                }

                if (role is null)
                {
                    Refuse(AccountColumns.Role, "Có đơn vị nhưng thiếu vai trò; ghi vai trò của cán bộ tại đơn vị.", "A unit is given without a role; write the officer's role at the unit.");
                }
                else if (unit is not null && !organisation.KindHasRole(unit.KindId, role))
                {
                    var roles = string.Join(", ", organisation.FindKind(unit.KindId)?.RoleIds ?? []);
                    Refuse(AccountColumns.Role,
                        $"Đơn vị \"{unit.Id}\" không có vai trò \"{role}\"; các vai trò của đơn vị: {roles}.",
                        $"The unit \"{unit.Id}\" has no role \"{role}\"; its roles: {roles}.");
                }

                if (to is { } end && end <= firstDay)
                {
                    Refuse(AccountColumns.To, $"Ngày kết thúc phải sau ngày bắt đầu {AccountDay.Write(firstDay)}.", $"The end date must be after the first day {firstDay:yyyy-MM-dd}.");
                }
            }
            else if (from is not null || to is not null)
            {
                Refuse(AccountColumns.Unit, "Có ngày nhưng thiếu đơn vị và vai trò; ghi đơn vị và vai trò, hoặc xóa ngày.", "Dates are given without a unit and role; write the unit and role, or clear the dates.");
            }

            if (issues.Count > 0)
            {
                results.Add(new AccountRowResult(row.Number, userName, name, NullIfEmpty(unitCell), role, from, to, AccountRowOutcome.Refused, [], issues));
                continue;
            }

            var changes = new List<string>();
            var outcome = AccountRowOutcome.Unchanged;
            if (!byName.TryGetValue(userName, out var officer))
            {
                officer = new OfficerRecord { Id = Guid.NewGuid().ToString("D"), UserName = userName, DisplayName = name, Email = email, Phone = phone, Active = true };
                byName[userName] = officer;
                writes.NewOfficers.Add(officer);
                outcome = AccountRowOutcome.Created;
                changes.Add(T("Tài khoản mới", "New account"));
            }
            else if (writes.NewOfficers.Contains(officer))
            {
                outcome = AccountRowOutcome.Created;
            }
            else if (officer.DisplayName != name || officer.Email != email || officer.Phone != phone)
            {
                if (!writes.ChangedOfficers.Contains(officer))
                {
                    changes.AddRange(Changed(T("Họ và tên", "Full name"), officer.DisplayName, name));
                    changes.AddRange(Changed(T("Thư điện tử", "Email"), officer.Email, email));
                    changes.AddRange(Changed(T("Điện thoại", "Phone"), officer.Phone, phone));
                    (officer.DisplayName, officer.Email, officer.Phone) = (name, email, phone);
                    writes.ChangedOfficers.Add(officer);
                    outcome = AccountRowOutcome.Updated;
                }
            }

            if (unit is not null && role is not null)
            {
                var mine = held.Where(m => m.OfficerId == officer.Id && m.UnitId == unit.Id && m.Role == role).ToList();
                var same = from is { } day
                    ? mine.FirstOrDefault(m => m.ValidFrom == day)
                    : mine.Where(m => m.ValidTo is null || m.ValidTo > today).MaxBy(m => m.ValidFrom);
                var firstDay = same?.ValidFrom ?? from ?? today;
                var overlapping = mine.FirstOrDefault(m => m != same && m.ValidFrom < (to ?? DateOnly.MaxValue) && (m.ValidTo is null || m.ValidTo > firstDay));
                if (overlapping is not null)
                {
                    var period = $"{AccountDay.Write(overlapping.ValidFrom)}{(overlapping.ValidTo is { } e ? " – " + AccountDay.Write(e) : "")}";
                    issues.Add(new ImportIssue(row.Number, header.Name(AccountColumns.From, culture), T(
                        $"\"{userName}\" đã giữ vai trò \"{role}\" tại \"{unit.Id}\" trong thời kỳ {period}, trùng với dòng này; ghi đúng ngày bắt đầu {AccountDay.Write(overlapping.ValidFrom)} để sửa phân công đó, hoặc kết thúc nó trước.",
                        $"\"{userName}\" already holds the role \"{role}\" at \"{unit.Id}\" for {period}, overlapping this row; write its first day {AccountDay.Write(overlapping.ValidFrom)} to change it, or end it first.")));
                    results.Add(new AccountRowResult(row.Number, userName, name, unit.Id, role, from, to, AccountRowOutcome.Refused, [], issues));
                    continue;
                }

                if (same is not null && !seen.Add(same))
                {
                    issues.Add(new ImportIssue(row.Number, header.Name(AccountColumns.From, culture), T(
                        "Phân công này (cùng đơn vị, vai trò và ngày bắt đầu) đã có ở một dòng trên; giữ một dòng cho mỗi phân công.",
                        "This membership (same unit, role and first day) is on an earlier row; keep one row per membership.")));
                    results.Add(new AccountRowResult(row.Number, userName, name, unit.Id, role, from, to, AccountRowOutcome.Refused, [], issues));
                    continue;
                }

                if (same is null)
                {
                    var membership = new MembershipRecord { Id = Guid.CreateVersion7(), OfficerId = officer.Id, UnitId = unit.Id, Role = role, ValidFrom = firstDay, ValidTo = to };
                    held.Add(membership);
                    seen.Add(membership);
                    writes.NewMemberships.Add(membership);
                    changes.Add(T($"Phân công mới: {role} tại {unit.Id} từ {AccountDay.Write(firstDay)}", $"New membership: {role} at {unit.Id} from {firstDay:yyyy-MM-dd}")
                        + (to is { } end ? T($" đến {AccountDay.Write(end)}", $" to {end:yyyy-MM-dd}") : ""));
                    outcome = outcome == AccountRowOutcome.Created ? outcome : AccountRowOutcome.Updated;
                }
                else if (same.ValidTo != to)
                {
                    writes.NewEnds.Add((same, to));
                    changes.Add(T($"Ngày kết thúc phân công {role} tại {unit.Id}: {Day(same.ValidTo)} → {Day(to)}",
                        $"End of the membership {role} at {unit.Id}: {Day(same.ValidTo)} → {Day(to)}"));
                    same.ValidTo = to;
                    outcome = outcome == AccountRowOutcome.Created ? outcome : AccountRowOutcome.Updated;
                }
            }

            results.Add(new AccountRowResult(row.Number, userName, name, unit?.Id, role, from, to, outcome, changes, []));
        }

        return new AccountImportPlan(fileName, results, writes);
    }

    private static DateOnly? ReadDay(TableRow row, TableHeader header, TableColumn column, CultureInfo? culture, List<ImportIssue> issues)
    {
        var text = header.Cell(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (AccountDay.TryRead(text, out var day))
        {
            return day;
        }

        issues.Add(new ImportIssue(row.Number, header.Name(column, culture), Text.Pick(culture,
            $"\"{text}\" không phải ngày; ghi ngày dạng dd/MM/yyyy, ví dụ 01/07/2026.",
            $"\"{text}\" is not a date; write it as dd/MM/yyyy, e.g. 01/07/2026.")));
        return null;
    }

    private static IEnumerable<string> Changed(string what, string? before, string? after) =>
        before == after ? [] : [$"{what}: {(string.IsNullOrEmpty(before) ? "–" : before)} → {(string.IsNullOrEmpty(after) ? "–" : after)}"];

    private static string Day(DateOnly? day) => day is { } d ? AccountDay.Write(d) : "–";

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static bool IsUserNameCharacter(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-' or '@';
}
