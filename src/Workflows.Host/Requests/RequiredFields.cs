using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Workflows.Host.Requests;

/// <summary>
/// The JSON binder leaves a missing or null property null even where the request record declares it non-nullable
/// (<c>application</c> of a project, <c>roles</c> of a user); this filter refuses such a request with a 400 that names
/// every missing field (<c>application.name</c>), before the handler could dereference it. It checks the arguments
/// that are records of this product, nested records and lists of records included.
/// </summary>
public static class RequiredFields
{
    private const string Problem = "必填 (required)";

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> NonNullableByType = new();

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checkedArguments = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter.ParameterType, index))
            .Where(argument => IsRequestRecord(argument.ParameterType))
            .Select(argument => argument.index)
            .ToArray();
        if (checkedArguments.Length == 0)
            return next;
        return invocation =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var index in checkedArguments)
            {
                if (invocation.Arguments[index] is { } argument)
                    Collect(argument, "", errors, depth: 0);
            }
            return errors.Count == 0
                ? next(invocation)
                : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors, title: "请求无效 (invalid request)"));
        };
    }

    private static void Collect(object value, string path, Dictionary<string, string[]> errors, int depth)
    {
        // Request records nest a few levels; the bound stops a self-referencing graph.
        if (depth > 8)
            return;
        foreach (var property in NonNullableByType.GetOrAdd(value.GetType(), NonNullableProperties))
        {
            var key = path + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (property.GetValue(value))
            {
                case null:
                    errors[key] = [Problem];
                    break;
                case var nested when IsRequestRecord(nested.GetType()):
                    Collect(nested, key + ".", errors, depth + 1);
                    break;
                case IEnumerable items and not string:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsRequestRecord(item.GetType()))
                            Collect(item, $"{key}[{index}].", errors, depth + 1);
                        index++;
                    }
                    break;
            }
        }
    }

    /// <summary>Records of the product are the request bodies and their parts; services (the DbContext, the clock) are classes.</summary>
    private static bool IsRequestRecord(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("Workflows.", StringComparison.Ordinal) == true
        && type.GetMethod("<Clone>$") is not null;

    /// <summary>The reference-typed properties the record declares non-nullable.</summary>
    private static PropertyInfo[] NonNullableProperties(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0
                && !property.PropertyType.IsValueType
                && nullability.Create(property).ReadState == NullabilityState.NotNull)
            .ToArray();
    }
}
