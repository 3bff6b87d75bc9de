using Microsoft.EntityFrameworkCore.Metadata;

namespace Workflows.Persistence.Rows;

/// <summary>One column of a <see cref="TableShape"/>: its property, its position and its quoted name.</summary>
internal sealed record ColumnShape(IProperty Property, int Index, string Name)
{
    public ulong Bit => 1UL << Index;
}
