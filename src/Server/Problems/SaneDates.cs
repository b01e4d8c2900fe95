namespace Workflow.Server.Problems;

/// <summary>The dates the system accepts from a client: wide enough for any real dossier, far from the calendar's ends.</summary>
public static class SaneDates
{
    public static readonly DateOnly First = new(1900, 1, 1);

    public static readonly DateOnly Last = new(2100, 12, 31);
}
