namespace Workflows.Engine.Expressions.Syntax;

/// <summary>One lexical token; <see cref="Position"/> is the 1-based column of its first character.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position);
