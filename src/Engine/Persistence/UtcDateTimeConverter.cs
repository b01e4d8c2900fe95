using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Workflow.Engine.Persistence;

/// <summary>Stores a UTC instant as it is and marks it UTC when read back (SQLite keeps no kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
