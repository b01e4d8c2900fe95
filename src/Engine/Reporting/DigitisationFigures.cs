namespace Workflow.Engine.Reporting;

/// <summary>
/// The digitisation figures of the Decision 766/QĐ-TTg group for a period, each as its numerator and
/// denominator so a reader can check it; a share is null when its denominator is 0.
/// </summary>
/// <param name="AcceptedWithPaper">Dossiers accepted in the period with at least one component received on paper.</param>
/// <param name="DigitisedAtReceipt">Of those, the ones whose every paper component was digitised.</param>
/// <param name="Finished">Dossiers finished in the period (as the dossier report counts them).</param>
/// <param name="FinishedWithElectronicResult">Of those, the ones with at least one signed electronic result.</param>
/// <param name="Components">Components of the dossiers accepted in the period (each document once per dossier).</param>
/// <param name="ReusedFromStore">Of those, the ones satisfied from the holder's electronic data store.</param>
public sealed record DigitisationFigures(int AcceptedWithPaper, int DigitisedAtReceipt, int Finished, int FinishedWithElectronicResult, int Components, int ReusedFromStore)
{
    public static DigitisationFigures None { get; } = new(0, 0, 0, 0, 0, 0);

    public decimal? DigitisedShare => Share(DigitisedAtReceipt, AcceptedWithPaper);

    public decimal? ElectronicResultShare => Share(FinishedWithElectronicResult, Finished);

    public decimal? ReuseShare => Share(ReusedFromStore, Components);

    /// <summary>Each figure with its definition, numerator, denominator and share, in the order the report shows them.</summary>
    public IReadOnlyList<(FigureDefinition Definition, int Numerator, int Denominator, decimal? Share)> Lines =>
    [
        (DigitisationFormulas.DigitisedAtReceipt, DigitisedAtReceipt, AcceptedWithPaper, DigitisedShare),
        (DigitisationFormulas.ElectronicResults, FinishedWithElectronicResult, Finished, ElectronicResultShare),
        (DigitisationFormulas.ReusedFromStore, ReusedFromStore, Components, ReuseShare),
    ];

    private static decimal? Share(int numerator, int denominator) => denominator == 0 ? null : (decimal)numerator / denominator;
}
