namespace Workflows.Projects.Domain.Documents;

/// <summary>What a department files with the bureau.</summary>
public enum FilingKind
{
    /// <summary>合同备案, within 5 working days of signing (art. 18): the filing with the bureau.</summary>
    Contract,

    /// <summary>The same contract filing as the county finance bureau received it (art. 18).</summary>
    ContractWithFinance,

    /// <summary>监理备案 (art. 21).</summary>
    Supervisor,

    /// <summary>验收报告备案, within 30 working days of acceptance (art. 25).</summary>
    AcceptanceReport,
}
