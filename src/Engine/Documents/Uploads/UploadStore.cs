using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Documents.Uploads;

/// <summary>
/// Keeps uploaded files outside the database, each stored once under its SHA-256, after checking
/// its size and its real type. A refused file gets a sentence saying why and what is accepted.
/// </summary>
public sealed class UploadStore(WorkflowDbContextFactory database, UploadOptions options, TimeProvider time)
{
    // The first kilobyte: where PDF readers look for their header and browsers sniff for HTML.
    private const int HeadLength = 1024;

    public const int MaxNameLength = 120;

    public async Task<UploadReceipt> SaveAsync(Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var name = CleanName(fileName);
        Directory.CreateDirectory(options.Folder);
        var temporary = Path.Combine(options.Folder, $".incoming-{Guid.NewGuid():N}");
        try
        {
            long size = 0;
            var head = new byte[HeadLength];
            var headLength = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = File.Create(temporary))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > options.MaxBytes)
                    {
                        throw Refused("file-too-large", $"Tệp \"{name}\" lớn hơn {options.MaxBytes / (1024 * 1024)} MB; hãy quét với độ phân giải thấp hơn hoặc tách thành nhiều tệp.",
                            $"\"{name}\" is larger than {options.MaxBytes / (1024 * 1024)} MB; scan at a lower resolution or split it.");
                    }

                    if (headLength < HeadLength)
                    {
                        var take = Math.Min(HeadLength - headLength, read);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                throw Refused("file-empty", $"Tệp \"{name}\" rỗng.", $"\"{name}\" is empty.");
            }

            var contentType = FileKind.Detect(head.AsSpan(0, headLength))
                ?? throw Refused("file-type", $"Tệp \"{name}\" không phải PDF hay ảnh; chỉ nhận {FileKind.AcceptedNames}.",
                    $"\"{name}\" is not a PDF or an image; accepted types are {FileKind.AcceptedNames}.");
            if (HtmlMarkup.Appears(head.AsSpan(0, headLength)))
            {
                // A file that is also a web page could run scripts if a browser ever sniffed it as HTML.
                throw Refused("file-type", $"Tệp \"{name}\" vừa là {contentType} vừa chứa mã trang web (HTML); hãy xuất lại tệp từ ứng dụng gốc hoặc quét lại giấy tờ.",
                    $"\"{name}\" is both {contentType} and web page (HTML) markup; export it again from its original application or scan the paper again.");
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var target = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                File.Move(temporary, target);
            }

            // On the store's clock, new or the same bytes again: the clean-up keeps files touched within ClaimWithin.
            File.SetLastWriteTimeUtc(target, time.GetUtcNow().UtcDateTime);

            var record = new UploadRecord
            {
                Id = Guid.CreateVersion7(),
                Sha256 = "sha256:" + sha,
                FileName = name,
                ContentType = contentType,
                Size = size,
                UploadedAt = StoredInstant.Now(time).UtcDateTime,
            };
            await using var db = database.Create();
            db.Uploads.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            return new UploadReceipt(record.Id, record.FileName, record.ContentType, record.Size, record.Sha256);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Deletes uploads no dossier claimed within <see cref="UploadOptions.ClaimWithin"/> (a citizen
    /// who uploaded and never submitted): their records, and their files when no other upload has the
    /// same bytes. A claimed upload is never touched. Returns how many records were deleted.
    /// </summary>
    public async Task<int> DeleteUnclaimedAsync(CancellationToken cancellationToken = default)
    {
        var before = time.GetUtcNow().UtcDateTime - options.ClaimWithin;
        await using var db = database.Create();
        var stale = await db.Uploads.AsNoTracking().Where(u => u.DossierId == null && u.UploadedAt < before)
            .Select(u => new { u.Id, u.Sha256 }).Take(1000).ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return 0;
        }

        var ids = stale.Select(u => u.Id).ToList();
        // The condition is checked again by the delete: an upload claimed meanwhile stays.
        var deleted = await db.Uploads.Where(u => ids.Contains(u.Id) && u.DossierId == null).ExecuteDeleteAsync(cancellationToken);
        var hashes = stale.Select(u => u.Sha256).Distinct().ToList();
        var stillUsed = await db.Uploads.AsNoTracking().Where(u => hashes.Contains(u.Sha256)).Select(u => u.Sha256).Distinct().ToListAsync(cancellationToken);
        foreach (var sha in hashes.Except(stillUsed))
        {
            var path = PathOf(sha["sha256:".Length..]);
            if (File.Exists(path) && File.GetLastWriteTimeUtc(path) < before)
            {
                File.Delete(path);
            }
        }

        return deleted;
    }

    /// <summary>Opens a stored file after checking that its bytes still have the hash they were stored under.</summary>
    public async Task<(UploadRecord Record, byte[] Content)> OpenAsync(Guid uploadId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var record = await db.Uploads.AsNoTracking().SingleOrDefaultAsync(u => u.Id == uploadId, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "upload-not-found", $"Không có tệp {uploadId}.", $"There is no file {uploadId}.", "uploadId");
        var path = PathOf(record.Sha256["sha256:".Length..]);
        var content = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
        if (content is null || DocumentHash.Of(content) != record.Sha256)
        {
            throw new WorkflowException(WorkflowErrorKind.Conflict, "upload-damaged",
                $"Tệp \"{record.FileName}\" đã mất hoặc bị thay đổi trong kho lưu trữ (mã băm khác {record.Sha256}).", "The stored file is missing or altered.");
        }

        return (record, content);
    }

    private string PathOf(string sha) => Path.Combine(options.Folder, sha[..2], sha);

    /// <summary>
    /// The name as people will see it: no folders, no control or invisible formatting characters
    /// (a right-to-left override can show "cod.exe" as "exe.doc"), at most <see cref="MaxNameLength"/> characters with the extension kept.
    /// </summary>
    public static string CleanName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)).ToArray()).Trim();
        if (name.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length is > 0 and <= 10 ? extension : "";
            name = name[..(MaxNameLength - extension.Length)].TrimEnd() + extension;
        }

        return string.IsNullOrEmpty(name) || name is "." or ".." ? "tep-dinh-kem" : name;
    }

    private static WorkflowException Refused(string code, string vietnamese, string english) =>
        new(WorkflowErrorKind.Invalid, code, vietnamese, english, "file");
}
