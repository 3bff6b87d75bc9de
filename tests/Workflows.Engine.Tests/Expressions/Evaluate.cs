using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Tests.Expressions;

internal static class Evaluate
{
    public static bool Condition(string body, string variables = "{}") =>
        ExpressionCompiler.Compile(body).EvaluateCondition(new JsonVariables(variables));

    public static string Json(string body, string variables = "{}") =>
        ExpressionCompiler.Compile(body).Evaluate(new JsonVariables(variables)).GetRawText();

    public static JsonElement Value(string body, string variables = "{}") =>
        ExpressionCompiler.Compile(body).Evaluate(new JsonVariables(variables));
}
