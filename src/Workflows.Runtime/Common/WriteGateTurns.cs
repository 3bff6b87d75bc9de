namespace Workflows.Runtime.Common;

/// <summary>A turn at the <see cref="WriteGate"/> for writers outside the commands that may run without one (the mail alone).</summary>
public static class WriteGateTurns
{
    /// <summary>The writer's turn (<see cref="WriteGate.EnterAsync"/>), or none when there is no gate.</summary>
    public static async ValueTask<IDisposable?> EnterIfAnyAsync(this WriteGate? gate, CancellationToken cancellationToken) =>
        gate is null ? null : await gate.EnterAsync(cancellationToken);
}
