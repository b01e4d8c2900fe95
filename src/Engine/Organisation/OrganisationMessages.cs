using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Workflow.Engine.Organisation;

/// <summary>
/// The sentences of the organisation loader, in Vietnamese (default) and English. Each says
/// what is wrong and what to do, naming ids and dates as they appear in the file.
/// </summary>
internal static class OrganisationMessages
{
    private static bool En(CultureInfo? c) => OrganisationText.IsEnglish(c);

    private static string Q(string text, CultureInfo? c) => OrganisationText.Quote(text, c);

    private static string D(DateOnly date, CultureInfo? c) => OrganisationText.Date(date, c);

    private static string P(ValidityPeriod period, CultureInfo? c) => OrganisationText.Period(period, c);

    private static string Noun(OrganisationEntity entity, CultureInfo? c) => (entity, En(c)) switch
    {
        (OrganisationEntity.File, false) => "tệp tổ chức",
        (OrganisationEntity.Role, false) => "một vai trò",
        (OrganisationEntity.Kind, false) => "một loại đơn vị",
        (OrganisationEntity.Unit, false) => "một bản ghi đơn vị",
        (OrganisationEntity.File, true) => "the organisation file",
        (OrganisationEntity.Role, true) => "a role",
        (OrganisationEntity.Kind, true) => "a unit kind",
        _ => "a unit record",
    };

    public static string ExpectedObject(CultureInfo? c) => En(c) ? "an object" : "một đối tượng";

    public static string ExpectedArray(CultureInfo? c) => En(c) ? "an array" : "một mảng";

    public static string ExpectedString(CultureInfo? c) => En(c) ? "a string" : "một chuỗi";

    private static string Actual(JTokenType type, CultureInfo? c) => (type, En(c)) switch
    {
        (JTokenType.Object, false) => "một đối tượng",
        (JTokenType.Array, false) => "một mảng",
        (JTokenType.String, false) => "một chuỗi",
        (JTokenType.Integer, false) => "một số nguyên",
        (JTokenType.Float, false) => "một số thực",
        (JTokenType.Boolean, false) => "một giá trị true/false",
        (JTokenType.Null, false) => "null",
        (_, false) => "một giá trị khác",
        (JTokenType.Object, true) => "an object",
        (JTokenType.Array, true) => "an array",
        (JTokenType.String, true) => "a string",
        (JTokenType.Integer, true) => "an integer",
        (JTokenType.Float, true) => "a decimal number",
        (JTokenType.Boolean, true) => "true or false",
        (JTokenType.Null, true) => "null",
        _ => "another kind of value",
    };

    public static string MalformedJson(string reason, CultureInfo? c) => En(c)
        ? $"The organisation file is not valid JSON (the JSON reader says: {reason}). Correct the syntax at this position."
        : $"Tệp tổ chức không phải là JSON hợp lệ (bộ đọc JSON báo: {reason}). Hãy sửa cú pháp tại vị trí này.";

    public static string UnknownField(OrganisationEntity entity, string field, IEnumerable<string> allowed, CultureInfo? c) => En(c)
        ? $"Field {Q(field, c)} is not allowed in {Noun(entity, c)}; the allowed fields are {string.Join(", ", allowed)}."
        : $"Trường {Q(field, c)} không dùng được trong {Noun(entity, c)}; các trường được phép là {string.Join(", ", allowed)}.";

    public static string MissingField(OrganisationEntity entity, string field, CultureInfo? c) => En(c)
        ? $"The required field {Q(field, c)} is missing from {Noun(entity, c)}."
        : $"Thiếu trường bắt buộc {Q(field, c)} trong {Noun(entity, c)}.";

    public static string RootNotObject(JTokenType actual, CultureInfo? c) => En(c)
        ? $"The organisation file must be a JSON object with \"roles\", \"kinds\" and \"units\", but it is {Actual(actual, c)}."
        : $"Tệp tổ chức phải là một đối tượng JSON có “roles”, “kinds” và “units”, nhưng đang là {Actual(actual, c)}.";

    public static string WrongFieldType(string field, string expected, JTokenType actual, CultureInfo? c) => En(c)
        ? $"Field {Q(field, c)} must be {expected}, but it is {Actual(actual, c)}."
        : $"Trường {Q(field, c)} phải là {expected}, nhưng đang là {Actual(actual, c)}.";

    public static string WrongItemType(string field, string expected, JTokenType actual, CultureInfo? c) => En(c)
        ? $"Each item of {Q(field, c)} must be {expected}, but this one is {Actual(actual, c)}."
        : $"Mỗi phần tử của {Q(field, c)} phải là {expected}, nhưng phần tử này là {Actual(actual, c)}.";

    public static string InvalidId(string value, CultureInfo? c) => En(c)
        ? $"Id {Q(value, c)} is not valid: use lower-case letters without diacritics and digits, in words joined by single hyphens (e.g. x-tan-phu)."
        : $"Mã định danh {Q(value, c)} không hợp lệ: chỉ dùng chữ thường không dấu và chữ số, các từ nối với nhau bằng một dấu gạch ngang (ví dụ x-tan-phu).";

    public static string InvalidDate(string field, string value, CultureInfo? c) => En(c)
        ? $"{Q(value, c)} in {Q(field, c)} is not a valid date: write a real date as yyyy-MM-dd (e.g. 2025-07-01)."
        : $"{Q(value, c)} ở trường {Q(field, c)} không phải là ngày hợp lệ: hãy ghi một ngày có thật theo dạng yyyy-MM-dd (ví dụ 2025-07-01).";

    public static string InvalidAgencyCode(string value, CultureInfo? c) => En(c)
        ? $"Agency code {Q(value, c)} is not well formed: write segments of capital letters and digits separated by dots, as in Circular 10/2016/TT-BTTTT (e.g. H55.24.03)."
        : $"Mã định danh cơ quan {Q(value, c)} không đúng dạng: gồm các đoạn chữ in hoa và chữ số, ngăn cách bằng dấu chấm, theo Thông tư 10/2016/TT-BTTTT (ví dụ H55.24.03).";

    public static string InvalidLevel(string value, CultureInfo? c) => En(c)
        ? $"Level {Q(value, c)} is not known; use one of {string.Join(", ", AdministrativeLevels.Names)}."
        : $"Cấp {Q(value, c)} không hợp lệ; chỉ dùng một trong các giá trị {string.Join(", ", AdministrativeLevels.Names)}.";

    public static string EmptyText(string field, CultureInfo? c) => En(c)
        ? $"Field {Q(field, c)} must not be empty."
        : $"Trường {Q(field, c)} không được để trống.";

    public static string DuplicateRole(string id, int firstLine, CultureInfo? c) => En(c)
        ? $"Role {Q(id, c)} is already declared on line {firstLine}; declare each role once."
        : $"Vai trò {Q(id, c)} đã được khai báo ở dòng {firstLine}; mỗi vai trò chỉ khai báo một lần.";

    public static string DuplicateKind(string id, int firstLine, CultureInfo? c) => En(c)
        ? $"Unit kind {Q(id, c)} is already declared on line {firstLine}; declare each kind once."
        : $"Loại đơn vị {Q(id, c)} đã được khai báo ở dòng {firstLine}; mỗi loại đơn vị chỉ khai báo một lần.";

    public static string UnknownRole(string kindId, string roleId, CultureInfo? c) => En(c)
        ? $"Unit kind {Q(kindId, c)} lists role {Q(roleId, c)}, which is not declared in \"roles\"."
        : $"Loại đơn vị {Q(kindId, c)} liệt kê vai trò {Q(roleId, c)} nhưng vai trò này chưa được khai báo trong “roles”.";

    public static string DuplicateEntry(string field, string value, CultureInfo? c) => En(c)
        ? $"{Q(value, c)} appears more than once in {Q(field, c)}; list it once."
        : $"{Q(value, c)} xuất hiện nhiều lần trong {Q(field, c)}; chỉ ghi một lần.";

    public static string UnknownKind(string unitId, string kindId, CultureInfo? c) => En(c)
        ? $"Unit {Q(unitId, c)} is of kind {Q(kindId, c)}, which is not declared in \"kinds\"."
        : $"Đơn vị {Q(unitId, c)} thuộc loại {Q(kindId, c)} nhưng loại này chưa được khai báo trong “kinds”.";

    public static string UnknownParent(string unitId, string parentId, CultureInfo? c) => En(c)
        ? $"The parent {Q(parentId, c)} of unit {Q(unitId, c)} has no record in \"units\"."
        : $"Đơn vị cấp trên {Q(parentId, c)} của {Q(unitId, c)} không có bản ghi nào trong “units”.";

    public static string UnknownServedUnit(string unitId, string servedId, CultureInfo? c) => En(c)
        ? $"Unit {Q(unitId, c)} serves {Q(servedId, c)}, which has no record in \"units\"."
        : $"Đơn vị {Q(unitId, c)} phục vụ {Q(servedId, c)} nhưng {Q(servedId, c)} không có bản ghi nào trong “units”.";

    public static string UnknownSuccessor(string unitId, string successorId, CultureInfo? c) => En(c)
        ? $"The successor {Q(successorId, c)} of unit {Q(unitId, c)} has no record in \"units\"."
        : $"Đơn vị kế thừa {Q(successorId, c)} của {Q(unitId, c)} không có bản ghi nào trong “units”.";

    public static string EmptyPeriod(string unitId, DateOnly from, DateOnly to, CultureInfo? c) => En(c)
        ? $"validTo {D(to, c)} of unit {Q(unitId, c)} must be after validFrom {D(from, c)} (validTo is the first day the record is no longer in force)."
        : $"Ngày validTo {D(to, c)} của đơn vị {Q(unitId, c)} phải sau ngày validFrom {D(from, c)} (validTo là ngày đầu tiên bản ghi không còn hiệu lực).";

    public static string OverlappingPeriods(string unitId, ValidityPeriod period, int otherLine, ValidityPeriod other, CultureInfo? c) => En(c)
        ? $"This record of unit {Q(unitId, c)} ({P(period, c)}) overlaps its record on line {otherLine} ({P(other, c)}); records of one unit must not be in force on the same day."
        : $"Bản ghi này của đơn vị {Q(unitId, c)} ({P(period, c)}) trùng thời gian với bản ghi ở dòng {otherLine} ({P(other, c)}); các bản ghi của cùng một đơn vị không được có hiệu lực cùng một ngày.";

    public static string ParentNotInForce(string unitId, string parentId, DateOnly uncovered, ValidityPeriod period, CultureInfo? c) => En(c)
        ? $"The parent {Q(parentId, c)} is not in force on {D(uncovered, c)}, yet this record of {Q(unitId, c)} is ({P(period, c)}); a parent must be in force for the whole period of its child. End the record earlier or start a new record with the new parent."
        : $"Đơn vị cấp trên {Q(parentId, c)} không có hiệu lực vào ngày {D(uncovered, c)}, trong khi bản ghi này của {Q(unitId, c)} vẫn có hiệu lực ({P(period, c)}); cấp trên phải có hiệu lực suốt thời gian của đơn vị cấp dưới. Hãy kết thúc bản ghi sớm hơn hoặc tạo bản ghi mới với cấp trên mới.";

    public static string ParentCycle(IEnumerable<string> path, DateOnly date, CultureInfo? c) => En(c)
        ? $"Parents form a cycle on {D(date, c)}: {string.Join(" → ", path)}; a unit cannot be above itself."
        : $"Quan hệ cấp trên tạo thành vòng lặp vào ngày {D(date, c)}: {string.Join(" → ", path)}; một đơn vị không thể là cấp trên của chính mình.";

    public static string DuplicateAgencyCode(string code, string unitId, string otherId, int otherLine, DateOnly from, CultureInfo? c) => En(c)
        ? $"Agency code {Q(code, c)} of unit {Q(unitId, c)} is also used by {Q(otherId, c)} (line {otherLine}) on {D(from, c)}; two units in force at the same time must have different codes."
        : $"Mã cơ quan {Q(code, c)} của đơn vị {Q(unitId, c)} trùng với mã của {Q(otherId, c)} (dòng {otherLine}) vào ngày {D(from, c)}; hai đơn vị cùng có hiệu lực không được dùng chung một mã.";

    public static string SuccessorsOnOpenRecord(string unitId, CultureInfo? c) => En(c)
        ? $"This record of unit {Q(unitId, c)} has no validTo, so nothing has taken over from it yet; give the day it ends in \"validTo\" or remove \"successors\"."
        : $"Bản ghi này của đơn vị {Q(unitId, c)} không có validTo nên chưa có đơn vị nào kế thừa; hãy ghi ngày chấm dứt vào “validTo” hoặc bỏ “successors”.";

    public static string SuccessorsOnEarlierRecord(string unitId, DateOnly laterFrom, CultureInfo? c) => En(c)
        ? $"Unit {Q(unitId, c)} goes on with another record from {D(laterFrom, c)}; list \"successors\" on its last record only, the one that ends the unit."
        : $"Đơn vị {Q(unitId, c)} vẫn tiếp tục với một bản ghi khác từ ngày {D(laterFrom, c)}; chỉ ghi “successors” ở bản ghi cuối cùng, bản ghi chấm dứt đơn vị.";

    public static string SuccessorNotInForce(string unitId, string successorId, DateOnly end, CultureInfo? c) => En(c)
        ? $"The successor {Q(successorId, c)} is not in force on {D(end, c)}, the day {Q(unitId, c)} ends; a successor must take over the dossiers from that day."
        : $"Đơn vị kế thừa {Q(successorId, c)} không có hiệu lực vào ngày {D(end, c)}, ngày {Q(unitId, c)} chấm dứt; đơn vị kế thừa phải nhận hồ sơ ngay từ ngày đó.";

    public static string SelfReference(string unitId, string field, CultureInfo? c) => En(c)
        ? $"Unit {Q(unitId, c)} lists itself in {Q(field, c)}."
        : $"Đơn vị {Q(unitId, c)} tự liệt kê chính mình trong {Q(field, c)}.";

    public static string ServedUnitNeverInForce(string unitId, string servedId, ValidityPeriod period, CultureInfo? c) => En(c)
        ? $"{Q(servedId, c)} is not in force on any day of this record of {Q(unitId, c)} ({P(period, c)}), so serving it has no effect."
        : $"{Q(servedId, c)} không có hiệu lực ngày nào trong thời gian của bản ghi này của {Q(unitId, c)} ({P(period, c)}), nên việc phục vụ đơn vị đó không có tác dụng.";

    public static string SharedService(string unitId, string otherId, int otherLine, string kindId, string servedId, DateOnly from, CultureInfo? c) => En(c)
        ? $"Units {Q(unitId, c)} and {Q(otherId, c)} (line {otherLine}) are both of kind {Q(kindId, c)} and both serve {Q(servedId, c)} on {D(from, c)}; an assignee of that kind cannot be resolved for {Q(servedId, c)} then (ambiguous)."
        : $"Hai đơn vị {Q(unitId, c)} và {Q(otherId, c)} (dòng {otherLine}) cùng loại {Q(kindId, c)} và cùng phục vụ {Q(servedId, c)} vào ngày {D(from, c)}; khi đó không xác định được đơn vị loại này cho {Q(servedId, c)} (mơ hồ).";
}
