using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Documents.Uploads;

/// <summary>
/// The checks of an upload for a file an officer gives whole (a result, a scanned page): not empty,
/// within the size limit, a PDF or an image by its first bytes, and not also a web page.
/// </summary>
public static class FileCheck
{
    // The first kilobyte: where PDF readers look for their header and browsers sniff for HTML.
    private const int HeadLength = 1024;

    /// <summary>The file's media type, or a refusal naming the field <c>file</c> with a sentence saying why.</summary>
    public static string MediaTypeOf(byte[] content, string name, long maxBytes)
    {
        if (content.Length == 0)
        {
            throw Refused("file-empty", $"Tệp \"{name}\" rỗng.", $"\"{name}\" is empty.");
        }

        if (content.Length > maxBytes)
        {
            throw Refused("file-too-large", $"Tệp \"{name}\" lớn hơn {maxBytes / (1024 * 1024)} MB; hãy quét với độ phân giải thấp hơn hoặc tách thành nhiều tệp.",
                $"\"{name}\" is larger than {maxBytes / (1024 * 1024)} MB; scan at a lower resolution or split it.");
        }

        var head = content.AsSpan(0, Math.Min(content.Length, HeadLength));
        var mediaType = FileKind.Detect(head)
            ?? throw Refused("file-type", $"Tệp \"{name}\" không phải PDF hay ảnh; chỉ nhận {FileKind.AcceptedNames}.", $"\"{name}\" is not a PDF or an image; accepted types are {FileKind.AcceptedNames}.");
        if (HtmlMarkup.Appears(head))
        {
            throw Refused("file-type", $"Tệp \"{name}\" vừa là {mediaType} vừa chứa mã trang web (HTML); hãy xuất lại tệp hoặc quét lại giấy tờ.",
                $"\"{name}\" is both {mediaType} and web page markup; export it again or scan the paper again.");
        }

        return mediaType;
    }

    private static WorkflowException Refused(string code, string vietnamese, string english) =>
        new(WorkflowErrorKind.Invalid, code, vietnamese, english, "file");
}
