namespace Workflow.Engine.Documents.Forms.Templates;

/// <summary>Stable codes of problems in <c>procedures/forms</c>, so tools and tests can tell them apart.</summary>
public static class FormProblemCodes
{
    public const string MalformedSetFile = "FRM001";
    public const string MissingField = "FRM002";
    public const string InvalidValue = "FRM003";
    public const string UnknownPurpose = "FRM004";
    public const string DuplicatePurpose = "FRM005";
    public const string MissingTemplateFile = "FRM006";
    public const string TemplateSyntax = "FRM007";
    public const string OverlappingValidity = "FRM008";
    public const string SetIdMismatch = "FRM009";
    public const string UnknownField = "FRM010";
    public const string ValidityGap = "FRM011";
    public const string MissingSetFile = "FRM012";
    public const string NoSets = "FRM013";
    public const string TemplateFailsOnSample = "FRM014";
}
