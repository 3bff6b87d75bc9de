using System.Text;
using Workflows.Runtime.Common;

namespace Workflows.Cli.Users;

/// <summary>The new user's password: the first line of standard input when it is redirected, else typed twice without echo.</summary>
internal static class PasswordInput
{
    public static string Read()
    {
        if (Console.IsInputRedirected)
            return Console.In.ReadLine() ?? throw new InvalidRequestException("密码为空：请在标准输入中提供 (no password on standard input)");
        var password = Prompt("Password: ");
        if (Prompt("Repeat the password: ") != password)
            throw new InvalidRequestException("两次输入的密码不一致 (the passwords do not match)");
        return password;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
                typed.Length--;
            else if (!char.IsControl(key.KeyChar))
                typed.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
