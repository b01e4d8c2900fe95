using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Organisation.Administration;

/// <summary>
/// The organisation every node shares, kept in the database: seeded from
/// <c>procedures/organisation/organisation.json</c> into an empty database, changed by
/// administrators one journaled change at a time, and exported back in the file's format.
/// Each change raises the version by one; nodes compare versions to know when to reload.
/// </summary>
public sealed class OrganisationStore(WorkflowDbContextFactory database, WorkspaceAccessor workspace, TimeProvider time)
{
    /// <summary>
    /// Puts the file's organisation into the database when it holds none, then makes the
    /// workspace read the database's from now on. Returns whether the database was seeded.
    /// </summary>
    public async Task<bool> SeedAndUseAsync(CancellationToken cancellationToken = default)
    {
        var seeded = false;
        var file = ProceduresWorkspace.OrganisationPath(workspace.Current.Root);
        if (workspace.Current.Organisation is { } model)
        {
            await using var db = database.Create();
            if (!await db.OrganisationDocuments.AnyAsync(cancellationToken))
            {
                var description = File.Exists(file) ? OrganisationFileWriter.DescriptionOf(await File.ReadAllTextAsync(file, cancellationToken)) : null;
                db.OrganisationDocuments.Add(new OrganisationDocumentRecord
                {
                    Id = OrganisationDocumentRecord.SingleId,
                    Version = 1,
                    Content = OrganisationFileWriter.Write(model, description),
                    UpdatedAt = time.GetUtcNow().UtcDateTime,
                    UpdatedBy = Actor.System.Id,
                });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    seeded = true;
                }
                catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
                {
                    // Another node seeded it at the same moment: its copy is the same file's.
                }
            }
        }

        await workspace.ReadOrganisationFromDatabaseAsync(ReadNewerAsync, cancellationToken);
        return seeded;
    }

    /// <summary>The organisation when the database holds a version other than <paramref name="held"/>; null otherwise (one small query).</summary>
    public async Task<WorkspaceAccessor.DatabaseOrganisation?> ReadNewerAsync(long? held, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var version = await db.OrganisationDocuments.AsNoTracking().Where(d => d.Id == OrganisationDocumentRecord.SingleId).Select(d => (long?)d.Version).SingleOrDefaultAsync(cancellationToken);
        if (version is null || version == held)
        {
            return null;
        }

        var row = await db.OrganisationDocuments.AsNoTracking().SingleAsync(d => d.Id == OrganisationDocumentRecord.SingleId, cancellationToken);
        var loaded = OrganisationLoader.Load(row.Content, "organisation.json");
        if (loaded.Model is null)
        {
            // Only changes checked by the loader are ever stored, so this is a hand-edited row: keep running with what we hold.
            throw new WorkflowException(WorkflowErrorKind.Conflict, "organisation-unreadable",
                $"Cơ cấu tổ chức trong cơ sở dữ liệu (phiên bản {row.Version}) có lỗi: {loaded.Problems.First(p => p.IsError).Message}",
                $"The organisation in the database (version {row.Version}) has errors.");
        }

        var successions = await db.OrganisationChanges.AsNoTracking().Where(c => c.SuccessorId != null).OrderBy(c => c.Version)
            .Select(c => new { c.SubjectId, c.SuccessorId }).ToListAsync(cancellationToken);
        return new WorkspaceAccessor.DatabaseOrganisation(row.Version, loaded.Model,
            successions.GroupBy(s => s.SubjectId).ToDictionary(g => g.Key, g => g.Last().SuccessorId!, StringComparer.Ordinal));
    }

    /// <summary>The organisation in the file's format, byte for byte what <c>procedures/organisation/organisation.json</c> should hold.</summary>
    public Task<string> ExportAsync(CancellationToken cancellationToken = default) => ExportAsync(database, cancellationToken);

    /// <inheritdoc cref="ExportAsync(CancellationToken)"/>
    public static async Task<string> ExportAsync(WorkflowDbContextFactory database, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await db.OrganisationDocuments.AsNoTracking().Where(d => d.Id == OrganisationDocumentRecord.SingleId).Select(d => d.Content).SingleOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "organisation-not-seeded",
                "Cơ sở dữ liệu chưa có cơ cấu tổ chức; khởi động máy chủ một lần để nạp từ tệp.",
                "The database holds no organisation yet; start the server once to load it from the file.");
    }

    /// <summary>The change log, newest first.</summary>
    public async Task<IReadOnlyList<OrganisationChangeRecord>> ChangesAsync(int take = 200, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await db.OrganisationChanges.AsNoTracking().OrderByDescending(c => c.Version).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>What the change would do and touch; nothing is written.</summary>
    public async Task<OrganisationChangePreview> PreviewAsync(OrganisationChange change, CancellationToken cancellationToken = default)
    {
        await workspace.RefreshAsync(cancellationToken);
        var model = Model();
        var edited = OrganisationEditor.Apply(model, null, change, Today());
        await using var db = database.Create();
        return await PreviewAsync(db, model, edited, change, cancellationToken);
    }

    /// <summary>
    /// Applies the change in one transaction: the new organisation (version + 1), its line in the
    /// change log and, for a merger or abolition, the unit's memberships moved to the successor from
    /// the effective date. Open tasks move on the effective date (<see cref="OrganisationSuccessions"/>).
    /// Of two administrators changing the organisation at once, the second is refused and reloads.
    /// </summary>
    public async Task<(OrganisationChangeRecord Change, OrganisationChangePreview Preview)> ApplyAsync(OrganisationChange change, Actor by, CancellationToken cancellationToken = default)
    {
        await workspace.RefreshAsync(cancellationToken);
        await using var db = database.Create();
        await using var transaction = await database.BeginWriteAsync(db, cancellationToken);
        var row = await db.OrganisationDocuments.SingleOrDefaultAsync(d => d.Id == OrganisationDocumentRecord.SingleId, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "organisation-not-seeded",
                "Cơ sở dữ liệu chưa có cơ cấu tổ chức.", "The database holds no organisation yet.");
        var model = OrganisationLoader.Load(row.Content, "organisation.json").Model!;
        var edited = OrganisationEditor.Apply(model, OrganisationFileWriter.DescriptionOf(row.Content), change, Today());
        var preview = await PreviewAsync(db, model, edited, change, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        row.Content = edited.Content;
        row.Version++;
        row.UpdatedAt = now;
        row.UpdatedBy = by.Id;
        var record = new OrganisationChangeRecord
        {
            Id = Guid.NewGuid(),
            Version = row.Version,
            Kind = change.Kind,
            At = now,
            ById = by.Id,
            ByName = by.Name,
            EffectiveDate = change.EffectiveDate ?? Today(),
            SubjectId = edited.SubjectId,
            SuccessorId = IsSuccession(change.Kind) ? change.SuccessorId : null,
            Summary = edited.Summary,
            SummaryEn = edited.SummaryEn,
        };
        db.OrganisationChanges.Add(record);
        if (IsSuccession(change.Kind))
        {
            await MoveMembershipsAsync(db, preview.Memberships, change.EffectiveDate!.Value, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex))
        {
            throw new WorkflowException(WorkflowErrorKind.Conflict, "organisation-changed",
                "Cơ cấu tổ chức vừa được người khác thay đổi. Tải lại trang, xem lại và thực hiện lại nếu vẫn cần.",
                "Someone else just changed the organisation. Reload, check and try again if still needed.");
        }

        await workspace.ReloadAsync(cancellationToken);
        return (record, preview);
    }

    public static bool IsSuccession(OrganisationChangeKind kind) => kind is OrganisationChangeKind.MergeUnit or OrganisationChangeKind.AbolishUnit;

    /// <summary>
    /// A membership in force on the effective date ends that day and continues at the successor, same
    /// role, until it would have ended; one that starts later moves whole. When the successor's kind has
    /// no such role, the membership only ends. An officer who already holds the role there keeps that one.
    /// </summary>
    private static async Task MoveMembershipsAsync(WorkflowDbContext db, IReadOnlyList<AffectedMembership> affected, DateOnly date, CancellationToken cancellationToken)
    {
        var ids = affected.Select(a => a.MembershipId).ToList();
        var rows = await db.Memberships.Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var target = affected.Single(a => a.MembershipId == row.Id).MovesTo;
            var end = row.ValidTo;
            var alreadyThere = target is not null && await db.Memberships.AnyAsync(m => m.OfficerId == row.OfficerId && m.UnitId == target && m.Role == row.Role
                && (m.ValidTo == null || m.ValidTo > date), cancellationToken);
            if (row.ValidFrom >= date)
            {
                if (target is null || alreadyThere)
                {
                    db.Memberships.Remove(row);
                }
                else
                {
                    row.UnitId = target;
                }

                continue;
            }

            row.ValidTo = date;
            if (target is not null && !alreadyThere)
            {
                db.Memberships.Add(new MembershipRecord { Id = Guid.NewGuid(), OfficerId = row.OfficerId, UnitId = target, Role = row.Role, ValidFrom = date, ValidTo = end });
            }
        }
    }

    private async Task<OrganisationChangePreview> PreviewAsync(WorkflowDbContext db, OrganisationModel before, OrganisationEditor.Edited edited, OrganisationChange change, CancellationToken cancellationToken)
    {
        var unitId = edited.SubjectId;
        var isUnit = change.Kind is not (OrganisationChangeKind.CreateKind or OrganisationChangeKind.RenameKind);
        var procedures = !isUnit ? [] : workspace.Current.Catalog.All
            .SelectMany(d => d.Process.Steps
                .Where(s => s.Assignee?.Unit == unitId || s.Receiver?.Unit == unitId)
                .Select(s => new AffectedProcedure(d.Id, d.Version, d.Name, s.Id, s.Name)))
            .OrderBy(p => p.ProcedureId, StringComparer.Ordinal).ThenBy(p => p.Version).ThenBy(p => p.StepId, StringComparer.Ordinal)
            .ToList();
        if (!IsSuccession(change.Kind))
        {
            return new OrganisationChangePreview(edited.Summary, edited.SummaryEn, procedures, [], []);
        }

        var tasks = await (from item in db.WorkItems.AsNoTracking()
                           join dossier in db.Dossiers.AsNoTracking() on item.DossierId equals dossier.Id
                           where item.UnitId == unitId && item.Status == WorkItemStatus.Open
                           orderby dossier.Code, item.StepName
                           select new AffectedTask(dossier.Id, dossier.Code, item.Id, item.StepName, unitId, item.AssigneeName)).ToListAsync(cancellationToken);
        var date = change.EffectiveDate!.Value;
        var successor = edited.Model.UnitAt(change.SuccessorId!, date)!;
        var memberships = await (from membership in db.Memberships.AsNoTracking()
                                 join officer in db.Officers.AsNoTracking() on membership.OfficerId equals officer.Id
                                 where membership.UnitId == unitId && (membership.ValidTo == null || membership.ValidTo > date)
                                 orderby officer.DisplayName, membership.Role
                                 select new { membership.Id, membership.OfficerId, officer.DisplayName, membership.Role }).ToListAsync(cancellationToken);
        return new OrganisationChangePreview(edited.Summary, edited.SummaryEn, procedures, tasks,
            memberships.Select(m => new AffectedMembership(m.Id, m.OfficerId, m.DisplayName, m.Role, unitId,
                edited.Model.KindHasRole(successor.KindId, m.Role) ? successor.Id : null)).ToList());
    }

    private OrganisationModel Model() => workspace.Current.Organisation
        ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "organisation-unavailable", "Cơ cấu tổ chức đang có lỗi.", "The organisation has errors.");

    private DateOnly Today() => VietnamTime.LocalDate(time.GetUtcNow());
}
