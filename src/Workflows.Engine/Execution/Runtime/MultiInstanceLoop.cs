using System.Text.Json;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>What a multi-instance activity iterates: the items of a collection, or a bare count.</summary>
internal sealed record MultiInstanceLoop(JsonElement? Items, int Count);
