namespace Workflow.Designer;

/// <summary>Marks the designer's assembly so the server's router can find its pages.</summary>
public static class DesignerAssembly
{
    public static System.Reflection.Assembly Assembly => typeof(DesignerAssembly).Assembly;
}
