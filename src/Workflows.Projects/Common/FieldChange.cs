namespace Workflows.Projects.Common;

/// <summary>One field a department changed since the round a reviewer returned: old → new, in Chinese and in English.</summary>
public sealed record FieldChange(string Field, string Label, string EnglishLabel, string Old, string New, string EnglishOld, string EnglishNew)
{
    public string Chinese => $"修改{Label}：{Old} → {New}";

    public string English => $"{EnglishLabel}: {EnglishOld} → {EnglishNew}";
}
