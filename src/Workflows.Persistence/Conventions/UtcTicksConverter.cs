using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Workflows.Persistence.Conventions;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks, a column SQLite can order and compare.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
