using Microsoft.AspNetCore.Mvc;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Runtime.Common;

namespace Workflows.Host.Errors;

/// <summary>The status code and title each exception type of the platform stands for.</summary>
public static class ExceptionProblems
{
    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        InvalidRequestException invalid => Invalid(invalid),
        VariableLimitException => new ValidationProblemDetails(new Dictionary<string, string[]> { ["variables"] = [exception.Message] })
        {
            Status = StatusCodes.Status400BadRequest, Title = "变量超出限制 (variables over the limit)",
        },
        CalendarRangeException => new ValidationProblemDetails(new Dictionary<string, string[]> { ["date"] = [CalendarRangeException.Problem] })
        {
            Status = StatusCodes.Status400BadRequest, Title = "请求无效 (invalid request)",
        },
        InputRejectedException rejected => Keyed(StatusCodes.Status400BadRequest, "表单数据无效 (invalid form data)", rejected.Message,
            rejected.Errors.SelectMany(error => error.Value.Select(message => new Problem(error.Key, message)))),
        CommandRefusedException => Problem(StatusCodes.Status409Conflict, "状态冲突 (conflict)", exception.Message),
        BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "请求无效 (bad request)", badRequest.Message),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, "无权执行此操作 (forbidden)", exception.Message),
        NotFoundException => Problem(StatusCodes.Status404NotFound, "未找到 (not found)", exception.Message),
        TaskAlreadyCompletedException => Problem(StatusCodes.Status409Conflict, "任务已完成 (task already completed)", exception.Message),
        ConcurrencyConflictException => Problem(StatusCodes.Status409Conflict, "数据已被他人修改 (changed concurrently)", exception.Message),
        ConflictException conflict => Keyed(StatusCodes.Status409Conflict, "状态冲突 (conflict)", conflict.Message, [conflict.Problem]),
        EngineException => Problem(StatusCodes.Status409Conflict, "状态冲突 (conflict)", exception.Message),
        _ => null,
    };

    private static ProblemDetails Invalid(InvalidRequestException invalid)
    {
        var problem = Keyed(StatusCodes.Status400BadRequest, "请求无效 (invalid request)", invalid.Message, invalid.Keyed);
        problem.Extensions["problems"] = invalid.Problems;
        return problem;
    }

    /// <summary>Validation problem details whose <c>errors</c> are keyed by article or field, as the UI places them.</summary>
    private static ValidationProblemDetails Keyed(int status, string title, string detail, IEnumerable<Problem> problems) =>
        new(Workflows.Runtime.Common.Problem.ByKey(problems))
        {
            Status = status, Title = title, Detail = detail,
        };

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
