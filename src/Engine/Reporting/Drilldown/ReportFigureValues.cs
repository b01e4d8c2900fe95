namespace Workflow.Engine.Reporting.Drilldown;

/// <summary>The count a <see cref="ReportFigure"/> stands for in a row's <see cref="DossierFigures"/>.</summary>
public static class ReportFigureValues
{
    public static int Of(DossierFigures figures, ReportFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figure switch
        {
            ReportFigure.Received => figures.Received,
            ReportFigure.CarriedOver => figures.CarriedOver,
            ReportFigure.NewReceived => figures.NewReceived,
            ReportFigure.NewOnline => figures.NewOnline,
            ReportFigure.NewAtDesk => figures.NewAtDesk,
            ReportFigure.NewByPost => figures.NewByPost,
            ReportFigure.NewAtDeskOrByPost => figures.NewAtDesk + figures.NewByPost,
            ReportFigure.Finished => figures.Finished,
            ReportFigure.FinishedEarly => figures.FinishedEarly,
            ReportFigure.FinishedOnTime => figures.FinishedOnTime,
            ReportFigure.FinishedLate => figures.FinishedLate,
            ReportFigure.FinishedUnclassified => figures.FinishedUnclassified,
            ReportFigure.FinishedAfterApology => figures.FinishedAfterApology,
            ReportFigure.RejectedInProcessing => figures.RejectedInProcessing,
            ReportFigure.ClosedWithoutResult => figures.ClosedWithoutResult,
            ReportFigure.InProgress => figures.InProgress,
            ReportFigure.InProgressWithinTime => figures.InProgressWithinTime,
            ReportFigure.InProgressOverdue => figures.InProgressOverdue,
            ReportFigure.Returned => figures.Returned,
            ReportFigure.Withdrawn => figures.Withdrawn,
            ReportFigure.RefusedAtIntake => figures.RefusedAtIntake,
            ReportFigure.Ratings => figures.Ratings,
            ReportFigure.VerySatisfied => figures.VerySatisfied,
            ReportFigure.Satisfied => figures.Satisfied,
            ReportFigure.NotSatisfied => figures.NotSatisfied,
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, null),
        };
    }
}
