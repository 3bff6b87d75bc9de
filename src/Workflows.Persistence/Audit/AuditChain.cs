using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace Workflows.Persistence.Audit;

/// <summary>
/// The hash chain of the audit trail with SM3 (GB/T 32905-2016): each row's hash covers its fields and the
/// previous row's hash; the first row's predecessor is <see cref="Genesis"/>.
/// </summary>
public static class AuditChain
{
    public const int MaxActorLength = 256;
    public const int MaxTargetLength = 512;
    public const int MaxDetailLength = 2000;
    public const int MaxClientAddressLength = 64;

    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// The instant as stored by every provider: PostgreSQL keeps microseconds, so finer ticks would hash
    /// differently once read back.
    /// </summary>
    public static DateTimeOffset Stored(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    public static string HashOf(AuditEntry entry)
    {
        string?[] fields =
        [
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            Stored(entry.At).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.Actor, entry.Action, entry.Target, entry.Detail, entry.ClientAddress, entry.PreviousHash,
        ];
        // Each field prefixed with its length (-1 for null): no two different rows serialize alike.
        var content = new StringBuilder();
        foreach (var field in fields)
            content.Append(field?.Length ?? -1).Append(':').Append(field).Append(';');
        var bytes = Encoding.UTF8.GetBytes(content.ToString());
        var digest = new SM3Digest();
        digest.BlockUpdate(bytes, 0, bytes.Length);
        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Why <paramref name="entry"/> does not follow <paramref name="previous"/> (null for the first row); null when it does.</summary>
    public static string? BreakAt(AuditEntry? previous, AuditEntry entry)
    {
        var expectedSequence = (previous?.Sequence ?? 0) + 1;
        if (entry.Sequence != expectedSequence)
            return $"row {expectedSequence} is missing";
        if (entry.PreviousHash != (previous?.Hash ?? Genesis))
            return "its previous hash does not match the row before it";
        return entry.Hash != HashOf(entry) ? "its content does not match its hash" : null;
    }
}
