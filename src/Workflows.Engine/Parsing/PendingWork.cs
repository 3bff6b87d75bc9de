using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Elements that need every node of the process first: boundary events and sequence flows.</summary>
internal sealed class PendingWork
{
    public List<(IFlowScope Scope, XElement Element)> Boundaries { get; } = [];
    public List<(IFlowScope Scope, XElement Element)> Flows { get; } = [];

    /// <summary>Gateways with a <c>default</c> attribute, resolved once their flows exist.</summary>
    public List<(Gateway Gateway, XElement Element, string FlowId)> Defaults { get; } = [];
}
