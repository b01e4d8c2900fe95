namespace Workflow.Engine.Organisation;

/// <summary>
/// The codes of problems the organisation loader reports. Codes never change meaning, so
/// editors, the command line and tests can rely on them; docs/organisation.md lists them.
/// </summary>
public static class OrganisationProblemCodes
{
    /// <summary>The file is not valid JSON.</summary>
    public const string MalformedJson = "ORG001";

    /// <summary>A field the format does not know.</summary>
    public const string UnknownField = "ORG002";

    /// <summary>A required field is absent.</summary>
    public const string MissingField = "ORG003";

    /// <summary>A value has the wrong JSON type (object, array, string).</summary>
    public const string WrongType = "ORG004";

    /// <summary>A declared id is not lower-case kebab case.</summary>
    public const string InvalidId = "ORG005";

    /// <summary>A date is not a real date written yyyy-MM-dd.</summary>
    public const string InvalidDate = "ORG006";

    /// <summary>An agency code is not dot-separated segments of capitals and digits.</summary>
    public const string InvalidAgencyCode = "ORG007";

    /// <summary>A kind's level is not province, district, commune or agency.</summary>
    public const string InvalidLevel = "ORG008";

    /// <summary>A name is empty or blank.</summary>
    public const string EmptyText = "ORG009";

    /// <summary>Two roles share an id.</summary>
    public const string DuplicateRole = "ORG010";

    /// <summary>Two kinds share an id.</summary>
    public const string DuplicateKind = "ORG011";

    /// <summary>A kind lists a role that is not declared.</summary>
    public const string UnknownRole = "ORG012";

    /// <summary>A list (a kind's roles, serves, successors) names the same id twice.</summary>
    public const string DuplicateEntry = "ORG013";

    /// <summary>A unit's kind is not declared.</summary>
    public const string UnknownKind = "ORG014";

    /// <summary>A unit's parent has no record at all.</summary>
    public const string UnknownParent = "ORG015";

    /// <summary>A unit serves a unit that has no record at all.</summary>
    public const string UnknownServedUnit = "ORG016";

    /// <summary>A unit names a successor that has no record at all.</summary>
    public const string UnknownSuccessor = "ORG017";

    /// <summary>validTo is on or before validFrom.</summary>
    public const string EmptyPeriod = "ORG018";

    /// <summary>Two records of one unit are in force on the same day.</summary>
    public const string OverlappingPeriods = "ORG019";

    /// <summary>The parent is not in force on some day of the child's record.</summary>
    public const string ParentNotInForce = "ORG020";

    /// <summary>Following parents on some day leads back to the start.</summary>
    public const string ParentCycle = "ORG021";

    /// <summary>Two different units in force on the same day share an agency code.</summary>
    public const string DuplicateAgencyCode = "ORG022";

    /// <summary>Successors on a record that does not end, or on a record that is not the unit's last.</summary>
    public const string SuccessorsOnLiveRecord = "ORG023";

    /// <summary>A successor is not in force on the day the unit ends.</summary>
    public const string SuccessorNotInForce = "ORG024";

    /// <summary>A unit lists itself in serves or successors.</summary>
    public const string SelfReference = "ORG025";

    /// <summary>Warning: a served unit is never in force during the serving record's period.</summary>
    public const string ServedUnitNeverInForce = "ORG026";

    /// <summary>Warning: two units of one kind serve the same unit on the same day (resolution will be ambiguous).</summary>
    public const string SharedService = "ORG027";
}
