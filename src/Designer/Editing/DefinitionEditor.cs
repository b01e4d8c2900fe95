using Workflow.Designer.Validation;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Diagnostics;

namespace Workflow.Designer.Editing;

/// <summary>
/// One version open in the designer: its JSON, whether it may change, the loader's problems after
/// every change, the selected step, and undo. Components call <see cref="Apply"/> with an edit from
/// <see cref="ProcessEdits"/>, <see cref="LinkEdits"/>, <see cref="StepEdits"/> or <see cref="MetadataEdits"/>.
/// </summary>
public sealed class DefinitionEditor
{
    private const int UndoDepth = 100;

    private readonly DraftValidator _validator;
    private readonly Stack<string> _undo = new();
    private readonly Stack<string> _redo = new();

    public DefinitionEditor(string procedureId, int version, DefinitionDocument document, bool readOnly, DraftValidator validator)
    {
        ProcedureId = procedureId;
        Version = version;
        Document = document;
        IsReadOnly = readOnly || document.IsPublished;
        _validator = validator;
        Revalidate();
    }

    public event Action? Changed;

    public string ProcedureId { get; }

    public int Version { get; }

    public DefinitionDocument Document { get; private set; }

    /// <summary>Published versions never change: every edit is refused.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>Changed since it was opened or last saved.</summary>
    public bool IsDirty { get; private set; }

    /// <summary>The loader's model of the current JSON, when it has no errors in its structure.</summary>
    public ProcedureDefinition? Definition { get; private set; }

    /// <summary>
    /// The loader's model when nothing is wrong with it but its steps overrunning the statutory time
    /// (WF040): the summary and the simulation can still show by how much, and when.
    /// </summary>
    public ProcedureDefinition? PlannableDefinition { get; private set; }

    /// <summary>The options the loader checks this version with (calendar, convention, organisation, publications).</summary>
    public DefinitionLoadOptions LoadOptions => _validator.Options;

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public int ErrorCount => Problems.Count(p => p.IsError);

    public int WarningCount => Problems.Count(p => p.Severity == ProblemSeverity.Warning);

    public bool IsValid => ErrorCount == 0 && Definition is not null;

    public string? SelectedStepId { get; private set; }

    /// <summary>Counts changes of the JSON (edits, undo, redo, publication); selecting a step does not change it.</summary>
    public int Revision { get; private set; }

    public DefinitionSection SelectedSection { get; private set; } = DefinitionSection.Process;

    public bool CanUndo => !IsReadOnly && _undo.Count > 0;

    public bool CanRedo => !IsReadOnly && _redo.Count > 0;

    public string Text => Document.ToText();

    /// <summary>Makes one change, then validates. A refused or failed change leaves the JSON as it was.</summary>
    /// <exception cref="ReadOnlyDefinitionException">The version is published.</exception>
    public void Apply(Action<DefinitionDocument> edit)
    {
        if (IsReadOnly)
        {
            throw new ReadOnlyDefinitionException(ProcedureId, Version);
        }

        var before = Document.ToText();
        var working = Document.Clone();
        edit(working);
        if (working.ToText() == before)
        {
            return;
        }

        _undo.Push(before);
        while (_undo.Count > UndoDepth)
        {
            TrimOldest(_undo);
        }

        _redo.Clear();
        Document = working;
        if (SelectedStepId is not null && Document.FindStep(SelectedStepId) is null)
        {
            SelectedStepId = null;
        }

        IsDirty = true;
        Revision++;
        Revalidate();
        Changed?.Invoke();
    }

    /// <summary>The sentence of the last edit that could not be made, until the next one succeeds.</summary>
    public string? LastError { get; private set; }

    /// <summary>Applies an edit, keeping the reason when it cannot be made (a read-only version, an unknown step...).</summary>
    public bool TryApply(Action<DefinitionDocument> edit)
    {
        try
        {
            Apply(edit);
            LastError = null;
            return true;
        }
        catch (DefinitionEditException ex)
        {
            LastError = ex.Message;
            Changed?.Invoke();
            return false;
        }
    }

    /// <summary>Applies an edit that returns something (e.g. the id of a new step).</summary>
    public T Apply<T>(Func<DefinitionDocument, T> edit)
    {
        T result = default!;
        Apply(document => { result = edit(document); });
        return result;
    }

    public void Undo() => Restore(_undo, _redo);

    public void Redo() => Restore(_redo, _undo);

    public void SelectStep(string? stepId)
    {
        SelectedStepId = stepId is not null && Document.FindStep(stepId) is not null ? stepId : null;
        if (SelectedStepId is not null)
        {
            SelectedSection = DefinitionSection.Process;
        }

        Changed?.Invoke();
    }

    /// <summary>Selects what a problem points at: its step on the diagram, or the panel it belongs to.</summary>
    public ProblemLocation SelectProblem(Problem problem)
    {
        var location = ProblemLocator.Locate(problem, Document);
        SelectedSection = location.Section;
        SelectedStepId = location.StepId;
        Changed?.Invoke();
        return location;
    }

    /// <summary>Called once the file is written: the current JSON is the saved one.</summary>
    public void MarkSaved()
    {
        IsDirty = false;
        Changed?.Invoke();
    }

    /// <summary>Called once the version is published: from now on it is read-only.</summary>
    public void MarkPublished(DefinitionDocument published)
    {
        Document = published;
        IsReadOnly = true;
        IsDirty = false;
        Revision++;
        _undo.Clear();
        _redo.Clear();
        Revalidate();
        Changed?.Invoke();
    }

    private void Restore(Stack<string> from, Stack<string> to)
    {
        if (IsReadOnly || from.Count == 0)
        {
            return;
        }

        to.Push(Document.ToText());
        Document = DefinitionDocument.Parse(from.Pop());
        IsDirty = true;
        Revision++;
        Revalidate();
        Changed?.Invoke();
    }

    private void Revalidate()
    {
        var result = _validator.Validate(Document, ProcedureId, Version);
        Problems = result.Problems;
        Definition = result.HasErrors ? null : result.Definition;
        PlannableDefinition = result.Problems.Any(p => p.IsError && p.Code != ProblemCodes.DurationsExceedStatutoryTime) ? null : result.Definition;
    }

    private static void TrimOldest(Stack<string> stack)
    {
        var items = stack.ToArray();
        stack.Clear();
        for (var i = items.Length - 2; i >= 0; i--)
        {
            stack.Push(items[i]);
        }
    }
}
