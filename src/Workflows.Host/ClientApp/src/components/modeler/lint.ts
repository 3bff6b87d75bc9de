import lintModule from 'bpmn-js-bpmnlint';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
// Compiled by rollup-plugin-bpmnlint into { config, resolver }: the same file the shipped-workflow test lints with.
import packed from '../../../.bpmnlintrc';

/** The message of each adopted rule, Chinese first, in the words of the server's validation (README.md beside this file). */
const messages: Record<string, string> = {
  'start-event-required': '流程缺少开始事件 (process has no start event)',
  'single-blank-start-event': '只支持一个空开始事件 (exactly one none start event is supported)',
  'sub-process-blank-start-event': '子流程的开始事件必须是空开始事件 (a sub-process start event must be a none start event)',
  'no-implicit-start': '没有进入的顺序流 (no incoming sequence flow)',
  'no-disconnected': '元素未连接，没有进入或离开的顺序流 (not connected: no incoming or outgoing sequence flow)',
  'no-implicit-end': '没有离开的顺序流，流程在此结束 (no outgoing sequence flow: the path ends here)',
  'conditional-flows': '离开网关的顺序流没有条件，也不是默认流 (flow leaves the gateway without a condition and is not its default)',
  'no-complex-gateway': '不支持复杂网关 (complex gateways are not supported)',
  'single-event-definition': '一个事件只能有一个事件定义 (an event has one event definition at most)'
};

interface Reporter { report(id: string, message: string, path?: unknown): void }
type Check = (node: unknown, reporter: Reporter) => void;
interface Rule { check: Check | { enter?: Check; leave?: Check } }
type RuleFactory = (config?: unknown) => Rule;

/** The rule as bpmnlint made it, reporting our message instead of its English one. */
function localized(name: string, factory: RuleFactory): RuleFactory {
  const message = messages[name];
  if (!message) {
    return factory;
  }
  const wrap = (check?: Check): Check | undefined => check && ((node, reporter) => check(node, { report: (id, _, path) => reporter.report(id, message, path) }));
  // The rule's meta is left out: it only links bpmnlint's English documentation on another site.
  return (config) => {
    const { check } = factory(config);
    return { check: typeof check === 'function' ? wrap(check)! : { enter: wrap(check.enter), leave: wrap(check.leave) } };
  };
}

const config = {
  config: packed.config,
  resolver: {
    resolveConfig: (pkg: string, name: string) => packed.resolver.resolveConfig(pkg, name),
    resolveRule: (pkg: string, name: string) => localized(name, packed.resolver.resolveRule(pkg, name))
  }
};

/** bpmnlint in the modeler: each issue is drawn on its element as the diagram changes, errors red, warnings orange. */
export const lintOptions = { linting: { bpmnlint: config, active: true } };
export const lintModules = [lintModule];
