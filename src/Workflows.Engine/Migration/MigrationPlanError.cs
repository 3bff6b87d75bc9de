namespace Workflows.Engine.Migration;

/// <summary>Why a plan cannot run; <paramref name="Instruction"/> is the index of the instruction at fault, if one is.</summary>
public sealed record MigrationPlanError(int? Instruction, string Message);
