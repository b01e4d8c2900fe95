using System.Globalization;

namespace Workflow.Engine.Organisation;

/// <summary>The resolver's sentences, in Vietnamese (default) and English.</summary>
internal static class ResolutionMessages
{
    private static bool En(CultureInfo? c) => OrganisationText.IsEnglish(c);

    private static string U(UnitRecord unit, CultureInfo? c) => OrganisationText.Unit(unit, c);

    private static string K(UnitKind kind, CultureInfo? c) => OrganisationText.Kind(kind, c);

    private static string D(DateOnly date, CultureInfo? c) => OrganisationText.Date(date, c);

    private static string Units(IEnumerable<UnitRecord> units, CultureInfo? c) => OrganisationText.List(units.Select(u => U(u, c)), c);

    public static string UnknownKind(string kindId, CultureInfo? c) => En(c)
        ? $"Unit kind {OrganisationText.Quote(kindId, c)} is not declared in the organisation."
        : $"Loại đơn vị {OrganisationText.Quote(kindId, c)} không có trong tệp tổ chức.";

    public static string UnknownReceivingUnit(string unitId, CultureInfo? c) => En(c)
        ? $"Receiving unit {OrganisationText.Quote(unitId, c)} is not in the organisation."
        : $"Đơn vị tiếp nhận {OrganisationText.Quote(unitId, c)} không có trong tệp tổ chức.";

    public static string NotYetInForce(UnitRecord first, DateOnly date, CultureInfo? c) => En(c)
        ? $"The receiving unit {U(first, c)} was not yet in force on {D(date, c)}; it exists from {D(first.ValidFrom, c)}."
        : $"Đơn vị tiếp nhận {U(first, c)} chưa có hiệu lực vào ngày {D(date, c)}; đơn vị này có hiệu lực từ {D(first.ValidFrom, c)}.";

    public static string NotInForce(UnitRecord nearest, DateOnly date, CultureInfo? c) => En(c)
        ? $"The receiving unit {U(nearest, c)} was not in force on {D(date, c)}."
        : $"Đơn vị tiếp nhận {U(nearest, c)} không có hiệu lực vào ngày {D(date, c)}.";

    public static string EndedWithoutSuccessor(UnitRecord last, DateOnly date, CultureInfo? c) => En(c)
        ? $"The receiving unit {U(last, c)} ceased on {D(last.ValidTo!.Value, c)} and no successor in force on {D(date, c)} took over its dossiers."
        : $"Đơn vị tiếp nhận {U(last, c)} đã chấm dứt từ ngày {D(last.ValidTo!.Value, c)} và không có đơn vị kế thừa nào còn hiệu lực vào ngày {D(date, c)} nhận hồ sơ của đơn vị này.";

    public static string TakenOver(UnitRecord last, IEnumerable<UnitRecord> successors, CultureInfo? c) => En(c)
        ? $"The receiving unit {U(last, c)} ceased on {D(last.ValidTo!.Value, c)}; its dossiers were taken over by {Units(successors, c)}."
        : $"Đơn vị tiếp nhận {U(last, c)} đã chấm dứt từ ngày {D(last.ValidTo!.Value, c)}; hồ sơ của đơn vị này do {Units(successors, c)} kế thừa.";

    public static string SuccessorsDisagree(UnitKind kind, IEnumerable<UnitRecord> candidates, CultureInfo? c) => En(c)
        ? $"Its successors do not all lead to one same unit of kind {K(kind, c)} (found: {Units(candidates, c)}); choose the successor that took over this dossier."
        : $"Các đơn vị kế thừa không cùng dẫn đến một đơn vị loại {K(kind, c)} (tìm được: {Units(candidates, c)}); hãy chọn đơn vị kế thừa đã nhận hồ sơ này.";

    public static string ItselfOfKind(UnitRecord unit, UnitKind kind, CultureInfo? c) => En(c)
        ? $"{U(unit, c)} is the receiving unit itself, which is of kind {K(kind, c)}."
        : $"{U(unit, c)} là chính đơn vị tiếp nhận hồ sơ, thuộc loại {K(kind, c)}.";

    public static string ServesReceivingUnit(UnitRecord unit, UnitRecord receiving, DateOnly date, CultureInfo? c) => En(c)
        ? $"{U(unit, c)} serves the receiving unit {U(receiving, c)} on {D(date, c)}."
        : $"{U(unit, c)} phục vụ đơn vị tiếp nhận {U(receiving, c)} vào ngày {D(date, c)}.";

    public static string ServesAncestor(UnitRecord unit, UnitRecord ancestor, UnitRecord receiving, DateOnly date, CultureInfo? c) => En(c)
        ? $"{U(unit, c)} serves {U(ancestor, c)}, a parent unit of the receiving unit {U(receiving, c)}, on {D(date, c)}."
        : $"{U(unit, c)} phục vụ {U(ancestor, c)}, đơn vị cấp trên của đơn vị tiếp nhận {U(receiving, c)}, vào ngày {D(date, c)}.";

    public static string OnlyUnderReceivingUnit(UnitRecord unit, UnitKind kind, UnitRecord receiving, DateOnly date, CultureInfo? c) => En(c)
        ? $"{U(unit, c)} is the only unit of kind {K(kind, c)} under the receiving unit {U(receiving, c)} on {D(date, c)}."
        : $"{U(unit, c)} là đơn vị duy nhất thuộc loại {K(kind, c)} trực thuộc đơn vị tiếp nhận {U(receiving, c)} vào ngày {D(date, c)}.";

    public static string NearestAncestorOfKind(UnitRecord unit, UnitKind kind, UnitRecord receiving, DateOnly date, CultureInfo? c) => En(c)
        ? $"{U(unit, c)} is the nearest parent unit of kind {K(kind, c)} above the receiving unit {U(receiving, c)} on {D(date, c)}."
        : $"{U(unit, c)} là đơn vị cấp trên gần nhất thuộc loại {K(kind, c)} của đơn vị tiếp nhận {U(receiving, c)} vào ngày {D(date, c)}.";

    public static string OnlyWithinAncestor(UnitRecord unit, UnitKind kind, UnitRecord ancestor, UnitRecord receiving, DateOnly date, CultureInfo? c) => En(c)
        ? $"{U(unit, c)} is the only unit of kind {K(kind, c)} within {U(ancestor, c)}, the nearest level above the receiving unit {U(receiving, c)} that has one, on {D(date, c)}."
        : $"{U(unit, c)} là đơn vị duy nhất thuộc loại {K(kind, c)} trong {U(ancestor, c)}, cấp gần nhất phía trên đơn vị tiếp nhận {U(receiving, c)} có đơn vị loại này, vào ngày {D(date, c)}.";

    public static string SeveralServe(UnitKind kind, UnitRecord served, IReadOnlyCollection<UnitRecord> candidates, DateOnly date, CultureInfo? c) => En(c)
        ? $"{candidates.Count} units of kind {K(kind, c)} serve {U(served, c)} on {D(date, c)}: {Units(candidates, c)}; none can be chosen. Correct \"serves\" in the organisation file so that only one of them serves it."
        : $"Có {candidates.Count} đơn vị loại {K(kind, c)} cùng phục vụ {U(served, c)} vào ngày {D(date, c)}: {Units(candidates, c)}; không chọn được đơn vị nào. Hãy sửa “serves” trong tệp tổ chức để chỉ một đơn vị phục vụ.";

    public static string SeveralUnderReceivingUnit(UnitKind kind, UnitRecord receiving, IReadOnlyCollection<UnitRecord> candidates, DateOnly date, CultureInfo? c) => En(c)
        ? $"{candidates.Count} units of kind {K(kind, c)} are under the receiving unit {U(receiving, c)} on {D(date, c)}: {Units(candidates, c)}; none can be chosen. Say which one serves it with \"serves\" in the organisation file."
        : $"Có {candidates.Count} đơn vị loại {K(kind, c)} trực thuộc đơn vị tiếp nhận {U(receiving, c)} vào ngày {D(date, c)}: {Units(candidates, c)}; không chọn được đơn vị nào. Hãy khai báo “serves” trong tệp tổ chức để chỉ rõ đơn vị phục vụ.";

    public static string SeveralWithinAncestor(UnitKind kind, UnitRecord ancestor, UnitRecord receiving, IReadOnlyCollection<UnitRecord> candidates, DateOnly date, CultureInfo? c) => En(c)
        ? $"{candidates.Count} units of kind {K(kind, c)} are within {U(ancestor, c)}, the nearest level above the receiving unit {U(receiving, c)} that has any, on {D(date, c)}: {Units(candidates, c)}; none can be chosen. Say which one serves {U(receiving, c)} with \"serves\" in the organisation file."
        : $"Có {candidates.Count} đơn vị loại {K(kind, c)} trong {U(ancestor, c)}, cấp gần nhất phía trên đơn vị tiếp nhận {U(receiving, c)} có đơn vị loại này, vào ngày {D(date, c)}: {Units(candidates, c)}; không chọn được đơn vị nào. Hãy khai báo “serves” trong tệp tổ chức để chỉ rõ đơn vị nào phục vụ {U(receiving, c)}.";

    public static string NotFound(UnitKind kind, UnitRecord receiving, DateOnly date, CultureInfo? c) => En(c)
        ? $"No unit of kind {K(kind, c)} can be found for the receiving unit {U(receiving, c)} on {D(date, c)}: it is not of that kind itself, no unit of that kind serves it or any of its parent units, and none is under its parent units."
        : $"Không tìm thấy đơn vị loại {K(kind, c)} cho đơn vị tiếp nhận {U(receiving, c)} vào ngày {D(date, c)}: bản thân đơn vị không thuộc loại này, không có đơn vị loại này phục vụ nó hay cấp trên của nó, và cũng không có đơn vị loại này trực thuộc các cấp trên của nó.";
}
