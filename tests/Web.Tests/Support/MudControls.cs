using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Support;

/// <summary>MudBlazor's controls as a person uses them: open a select and pick an item, choose a file for an upload.</summary>
public static class MudControls
{
    /// <summary>Opens the select marked data-test and clicks the item whose text is <paramref name="item"/>.</summary>
    public static async Task SelectAsync(this Visitor visitor, string testId, string item, bool exact = false)
    {
        await visitor.Page.Locator($"[data-test='{testId}']").First.ClickAsync();
        // Exact when another option contains the text too ("Phường Hòa An" in "Công an phường Hòa An").
        var option = (exact
            ? visitor.Page.Locator(".mud-popover-open .mud-list-item", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(item)}\\s*$") })
            : visitor.Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item })).First;
        await Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
        await Expect(visitor.Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>Gives the file input inside the element marked data-test a file, as choosing it in the browser's dialog does.</summary>
    public static Task UploadAsync(this Visitor visitor, string testId, string fileName, string mimeType, byte[] content) =>
        visitor.Page.Locator($"[data-test='{testId}'] input[type=file]").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
}
