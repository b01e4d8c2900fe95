using MudBlazor;

namespace Workflow.Server.Components.Layout;

/// <summary>The colours and type of the pages: the deep red of Vietnamese public administration, calm greys, a readable sans-serif with full Vietnamese diacritics.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#B71C1C",
            PrimaryDarken = "#8E1515",
            Secondary = "#1E5AA8",
            Tertiary = "#00796B",
            AppbarBackground = "#B71C1C",
            AppbarText = "#FFFFFF",
            Background = "#F6F7F9",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#263238",
            DrawerIcon = "#5F6B73",
            Success = "#2E7D32",
            Warning = "#ED8B00",
            Error = "#C62828",
            Info = "#1E5AA8",
            TextPrimary = "#1F2933",
            TextSecondary = "#52606D",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Noto Sans", "DejaVu Sans", "Segoe UI", "Arial", "sans-serif"] },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "264px", DefaultBorderRadius = "6px" },
    };
}
