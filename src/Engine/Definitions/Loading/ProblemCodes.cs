namespace Workflow.Engine.Definitions.Loading;

/// <summary>Stable codes of definition problems, so tools and tests can tell them apart.</summary>
public static class ProblemCodes
{
    public const string MalformedJson = "WF001";
    public const string UnknownField = "WF002";
    public const string MissingField = "WF003";
    public const string InvalidValue = "WF004";
    public const string FileNameMismatch = "WF010";
    public const string FolderMismatch = "WF011";
    public const string DuplicateId = "WF012";
    public const string UnknownStep = "WF020";
    public const string UnreachableStep = "WF021";
    public const string NeverEnds = "WF022";
    public const string ForkWithoutJoin = "WF023";
    public const string JoinWithoutFork = "WF024";
    public const string MissingForKind = "WF025";
    public const string IgnoredForKind = "WF026";
    public const string BadJoinCount = "WF027";
    public const string EndHasExits = "WF028";
    public const string UnknownUnitKind = "WF030";
    public const string RoleNotInKind = "WF031";
    public const string UnknownUnit = "WF032";
    public const string UnitNotInForce = "WF033";
    public const string DurationsExceedStatutoryTime = "WF040";
    public const string SameDayStepsPastCutoff = "WF041";
    public const string BadExpression = "WF050";
    public const string UnknownDataField = "WF051";
    public const string UnknownFeeQuantity = "WF052";
    public const string PublishedFileChanged = "WF060";
    public const string PublishedNotRecorded = "WF061";
    public const string RecordedButMissing = "WF062";
    public const string VersionOrder = "WF063";
    public const string ProcedureIdentityChanged = "WF064";
    public const string ConsultationDeadlineOutsideFork = "WF070";
    public const string ConsultationEffectMissing = "WF071";
    public const string EscalationTargetUnknown = "WF072";
    public const string ConsultationDeadlineOutOfTime = "WF073";
    public const string BranchOutlastsConsultation = "WF074";
    public const string CitizenDeadlineEffectMissing = "WF075";
    public const string CitizenDeadlineOutOfRange = "WF076";
    public const string ReminderOutsideCitizenDeadline = "WF077";
    public const string CitizenDeadlineOutsideWait = "WF078";
    public const string CitizenOutlastsRunningClock = "WF079";
    public const string UnknownStepInPhase = "WF080";
    public const string StepInTwoPhases = "WF081";
    public const string PhaseBudgetsExceedStatutoryTime = "WF082";
    public const string PhaseWithoutSteps = "WF083";
    public const string PhaseStepsExceedBudget = "WF084";
    public const string LinkedProcedureUnknown = "WF085";
    public const string LinkedProcedureCycle = "WF086";
    public const string LinkedFieldUnknown = "WF087";
    public const string LinkedReceiverKindMismatch = "WF088";
    public const string LinkedRequiredFieldNotPassed = "WF089";
    public const string AssuranceWithoutOnline = "WF090";
    public const string FixedUnitEnds = "WF091";
    public const string StoreTypeUnknown = "WF092";
}
