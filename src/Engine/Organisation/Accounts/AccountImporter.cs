using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>
/// Officers and their memberships in bulk, from a file in the accounts layout (<see cref="AccountColumns"/>):
/// a dry run that writes nothing, and a confirmed run that plans again inside one transaction and writes every
/// row, or none when a row is refused (the organisation or the officers may have changed since the dry run).
/// Each confirmed run leaves a line in the import log.
/// </summary>
public sealed partial class AccountImporter(WorkflowDbContextFactory database, TimeProvider time, ILogger<AccountImporter>? logger = null)
{
    /// <summary>Larger files are refused before they are read (several thousand officers fit in far less).</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private readonly ILogger _logger = logger ?? NullLogger<AccountImporter>.Instance;

    /// <summary>What importing the file would do, row by row; nothing is written.</summary>
    /// <exception cref="TableFileException">The file is not a table in the layout; the message is a sentence.</exception>
    public async Task<AccountImportPlan> DryRunAsync(Stream file, string fileName, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        var table = TableFile.Read(file, fileName, culture);
        await using var db = database.Create();
        return await PlanAsync(db, fileName, table, culture, cancellationToken);
    }

    /// <summary>Imports the file in one transaction, with the sign-in accounts <paramref name="accounts"/> writes on it.</summary>
    /// <exception cref="AccountImportRefusedException">A row is refused; nothing was written.</exception>
    public async Task<AccountImportResult> ConfirmAsync(Stream file, string fileName, Actor by, CultureInfo? culture, ISignInAccountWriter? accounts, CancellationToken cancellationToken = default)
    {
        var table = TableFile.Read(file, fileName, culture);
        await using var db = database.Create();
        await using var transaction = await database.BeginWriteAsync(db, cancellationToken);
        var plan = await PlanAsync(db, fileName, table, culture, cancellationToken);
        if (!plan.CanConfirm)
        {
            throw new AccountImportRefusedException(plan);
        }

        db.Officers.AddRange(plan.Writes.NewOfficers);
        db.Memberships.AddRange(plan.Writes.NewMemberships);
        var record = new AccountImportRecord
        {
            Id = Guid.CreateVersion7(),
            At = time.GetUtcNow().UtcDateTime,
            ById = by.Id,
            ByName = by.Name,
            FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 260 } name ? name : "accounts",
            Rows = plan.Rows.Count,
            Created = plan.Created,
            Updated = plan.Updated,
            Unchanged = plan.Unchanged,
        };
        db.AccountImports.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (accounts is not null)
            {
                // The context's own transaction: on SQLite the write gate wraps it, and only the context knows the inner one.
                await accounts.WriteAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), plan.Writes.NewOfficers, plan.Writes.ChangedOfficers, plan.Writes.NewMemberships, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            throw new WorkflowException(WorkflowErrorKind.Conflict, "accounts-changed",
                "Có người vừa tạo tài khoản trùng tên đăng nhập trong tệp. Chạy thử lại rồi xác nhận.", "Someone just created an account with a user name in the file. Run the dry run again and confirm.", "file");
        }

        LogImported(_logger, record.Id, by.Id, record.Rows, record.Created, record.Updated, record.Unchanged);
        return new AccountImportResult(plan, record);
    }

    /// <summary>Every officer and membership, in the layout's rows: what a later import reads back as unchanged.</summary>
    public async Task<IReadOnlyList<AccountTableRow>> ExportAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var organisation = await OrganisationAsync(db, cancellationToken);
        var officers = await db.Officers.AsNoTracking().ToListAsync(cancellationToken);
        var memberships = (await db.Memberships.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.OfficerId);
        var rows = new List<AccountTableRow>();
        foreach (var officer in officers.OrderBy(o => o.UserName, StringComparer.Ordinal))
        {
            var held = memberships[officer.Id].OrderBy(m => m.ValidFrom).ThenBy(m => m.UnitId, StringComparer.Ordinal).ThenBy(m => m.Role, StringComparer.Ordinal).ToList();
            if (held.Count == 0)
            {
                rows.Add(new AccountTableRow(officer.UserName, officer.DisplayName, officer.Email, officer.Phone, null, null, null, null, null));
            }

            rows.AddRange(held.Select(m => new AccountTableRow(officer.UserName, officer.DisplayName, officer.Email, officer.Phone,
                m.UnitId, organisation.UnitAt(m.UnitId, m.ValidFrom)?.DisplayName(Localization.Text.Vietnamese), m.Role, m.ValidFrom, m.ValidTo)));
        }

        return rows;
    }

    /// <summary>The import log, newest first.</summary>
    public async Task<IReadOnlyList<AccountImportRecord>> HistoryAsync(int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await db.AccountImports.AsNoTracking().OrderByDescending(i => i.At).Take(take).ToListAsync(cancellationToken);
    }

    private async Task<AccountImportPlan> PlanAsync(WorkflowDbContext db, string fileName, IReadOnlyList<TableRow> table, CultureInfo? culture, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationAsync(db, cancellationToken);
        var officers = await db.Officers.ToListAsync(cancellationToken);
        var memberships = await db.Memberships.ToListAsync(cancellationToken);
        return AccountImportPlanner.Plan(fileName, table, organisation, officers, memberships, VietnamTime.LocalDate(time.GetUtcNow()), culture);
    }

    /// <summary>The organisation the database holds now (read in the import's own transaction, not a node's cached copy).</summary>
    private static async Task<OrganisationModel> OrganisationAsync(WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var content = await db.OrganisationDocuments.AsNoTracking().Where(d => d.Id == OrganisationDocumentRecord.SingleId).Select(d => d.Content).SingleOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "organisation-not-seeded",
                "Cơ sở dữ liệu chưa có cơ cấu tổ chức; khởi động máy chủ một lần để nạp từ tệp.", "The database holds no organisation yet; start the server once to load it from the file.");
        return OrganisationLoader.Load(content, "organisation.json").Model
            ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "organisation-unreadable", "Cơ cấu tổ chức trong cơ sở dữ liệu có lỗi.", "The organisation in the database has errors.");
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Accounts: import {ImportId} by {ActorId} wrote {Rows} rows ({Created} created, {Updated} updated, {Unchanged} unchanged)")]
    private static partial void LogImported(ILogger logger, Guid importId, string actorId, int rows, int created, int updated, int unchanged);
}
