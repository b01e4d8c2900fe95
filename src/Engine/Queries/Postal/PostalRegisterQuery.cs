using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Queries.Postal;

public sealed class PostalRegisterQuery(WorkflowDbContextFactory database)
{
    public async Task<PostalRegister> ForDayAsync(string unitId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var start = VietnamTime.FromLocal(day, TimeOnly.MinValue).UtcDateTime;
        var end = VietnamTime.FromLocal(day.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        await using var db = database.Create();
        var received = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingUnitId == unitId && d.Channel == Channel.Post && d.SubmittedAt >= start && d.SubmittedAt < end)
            .OrderBy(d => d.SubmittedAt)
            .Select(d => new { d.Id, d.Code, d.ApplicantName, d.ApplicantAddress, d.ProcedureName, Waybill = d.PostalWaybillIn, At = d.SubmittedAt })
            .ToListAsync(cancellationToken);
        var sent = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingUnitId == unitId && d.PostalHandedOverAt >= start && d.PostalHandedOverAt < end)
            .OrderBy(d => d.PostalHandedOverAt)
            .Select(d => new { d.Id, d.Code, d.ApplicantName, d.ApplicantAddress, d.ProcedureName, Waybill = d.PostalWaybillOut, At = d.PostalHandedOverAt!.Value })
            .ToListAsync(cancellationToken);
        PostalRegisterLine Line(Guid id, string code, string name, string? address, string procedure, string? waybill, DateTime at) =>
            new(id, code, name, address, procedure, waybill ?? "", VietnamTime.ToLocal(new DateTimeOffset(at, TimeSpan.Zero)));
        return new PostalRegister(unitId, day,
            received.Select(d => Line(d.Id, d.Code, d.ApplicantName, d.ApplicantAddress, d.ProcedureName, d.Waybill, d.At)).ToList(),
            sent.Select(d => Line(d.Id, d.Code, d.ApplicantName, d.ApplicantAddress, d.ProcedureName, d.Waybill, d.At)).ToList());
    }
}
