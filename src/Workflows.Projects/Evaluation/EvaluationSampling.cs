using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Workflows.Projects.Evaluation;

/// <summary>
/// Art. 27: how finance's draw picks self-evaluations, reproducibly: each candidate is ranked by the SHA-256 of
/// "seed:evaluation id", the lowest ranks are picked, ⌈share × candidates⌉ of them (at least one). Anyone with the seed and
/// the candidates recorded on the draw gets the same pick. The default share is <c>Evaluations:SampleShare</c> (0.2).
/// </summary>
public sealed record EvaluationSampling(decimal DefaultShare)
{
    public static EvaluationSampling From(IConfiguration? configuration) =>
        new(decimal.Parse(configuration?["Evaluations:SampleShare"] ?? "0.2", CultureInfo.InvariantCulture));

    public static int SizeOf(int candidates, decimal share) =>
        candidates == 0 ? 0 : Math.Clamp((int)Math.Ceiling(candidates * share), 1, candidates);

    public static IReadOnlyList<Guid> Pick(IReadOnlyCollection<Guid> candidates, decimal share, int seed) =>
        [.. candidates.OrderBy(id => Rank(seed, id), StringComparer.Ordinal).Take(SizeOf(candidates.Count, share))];

    private static string Rank(int seed, Guid id) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seed}:{id:D}"))));
}
