using System.Data.Common;
using Workflows.Engine.Parsing;
using Workflows.Runtime.Common;

namespace Workflows.Cli.Hosting;

/// <summary>Runs a verb and turns the errors a user can cause into one line per problem on stderr and exit code 1.</summary>
internal static class UserErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (InvalidRequestException exception)
        {
            foreach (var problem in exception.Problems)
                Console.Error.WriteLine(problem);
        }
        catch (BpmnValidationException exception)
        {
            foreach (var problem in exception.Problems)
                Console.Error.WriteLine(problem);
        }
        catch (Exception exception) when (exception is NotFoundException or ConflictException or InvalidOperationException or DbException)
        {
            Console.Error.WriteLine(OneLine(exception.Message));
        }
        return 1;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
