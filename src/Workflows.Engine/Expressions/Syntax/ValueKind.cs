namespace Workflows.Engine.Expressions.Syntax;

internal enum ValueKind { Null, Boolean, Number, String, Json }
