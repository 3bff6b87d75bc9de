namespace Workflows.Runtime.Common;

/// <summary>A turn at the <see cref="WriteGate"/> for the writers outside the commands (the timer poll, the mail dispatcher), none where there is no gate (every provider but SQLite).</summary>
public static class WriteGateTurns
{
    /// <summary>The writer's turn (<see cref="WriteGate.EnterAsync"/>), or none when there is no gate.</summary>
    public static async ValueTask<IDisposable?> EnterIfAnyAsync(this WriteGate? gate, CancellationToken cancellationToken) =>
        gate is null ? null : await gate.EnterAsync(cancellationToken);
}
