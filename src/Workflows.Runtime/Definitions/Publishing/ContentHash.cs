using System.Security.Cryptography;
using System.Text;

namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>The SHA-256 of a document's text, as lowercase hex: equal hashes mean an unchanged deployment.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
