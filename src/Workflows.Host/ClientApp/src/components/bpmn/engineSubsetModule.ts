// bpmn-js and its properties panel ship no typings; only their documented extension points are used here.
import { useService } from 'bpmn-js-properties-panel';
import { SelectEntry, CheckboxEntry, isSelectEntryEdited, isCheckboxEntryEdited } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import type { DesignerCatalog } from './designerCatalog';

/**
 * Camunda groups the engine does not run (the subset table of src/Workflows.Engine/README.md: refused, or ignored
 * with a warning): hidden so that an admin cannot author what publishing would refuse or read past.
 */
const hiddenGroups = new Set([
  'CamundaPlatform__HistoryCleanup', 'CamundaPlatform__Tasklist', 'CamundaPlatform__CandidateStarter',
  'CamundaPlatform__Errors', 'CamundaPlatform__FormData', 'CamundaPlatform__TaskListener',
  'CamundaPlatform__StartInitiator', 'CamundaPlatform__Script', 'CamundaPlatform__AsynchronousContinuations',
  'CamundaPlatform__JobExecution', 'CamundaPlatform__Input', 'CamundaPlatform__Output',
  'CamundaPlatform__ConnectorInput', 'CamundaPlatform__ConnectorOutput', 'CamundaPlatform__ExecutionListener',
  'CamundaPlatform__FieldInjection'
]);

/** Entries of kept groups that set attributes the engine ignores (version tags, asynchronous continuations, error variables). */
const hiddenEntries = new Set([
  'versionTag', 'multiInstanceAsynchronousBefore', 'multiInstanceAsynchronousAfter', 'multiInstanceExclusive',
  'multiInstanceRetryTimeCycle', 'errorCodeVariable', 'errorMessageVariable', 'escalationCodeVariable'
]);

/** The service-task implementations the engine runs; `class` names a handler too and is shown only where a model uses it. */
const implementations = ['delegateExpression', 'expression', 'external'];
const implementationLabels: Record<string, string> = {
  delegateExpression: 'Handler', expression: 'Expression', external: 'External task', class: 'Java class'
};

const handlerName = (expression: string | undefined) => /^\$\{(\w+)\}$/.exec(expression ?? '')?.[1] ?? '';

function implementationOf(element: any): string {
  const business = getBusinessObject(element);
  if (business.get('camunda:type') === 'external') return 'external';
  return ['delegateExpression', 'expression', 'class'].find((type) => business.get(`camunda:${type}`) !== undefined) ?? '';
}

/** Keeps the value a model already holds in a list, marked, so that opening a model never changes it silently. */
function withCurrent(options: { value: string; label: string }[], current: string, translate: any) {
  return current && !options.some((option) => option.value === current)
    ? [...options, { value: current, label: `${current} ${translate('(not available)')}` }]
    : options;
}

function ImplementationType({ element, id }: any) {
  const modeling = useService('modeling');
  const translate = useService('translate');
  const current = implementationOf(element);
  return SelectEntry({
    element, id, label: translate('Implementation type'),
    getValue: () => current,
    setValue: (value: string) => modeling.updateProperties(element, {
      'camunda:class': undefined, 'camunda:expression': undefined, 'camunda:delegateExpression': undefined,
      'camunda:resultVariable': undefined, 'camunda:type': undefined, 'camunda:topic': undefined,
      ...(value === 'external' ? { 'camunda:type': 'external', 'camunda:topic': '' } : value ? { [`camunda:${value}`]: '' } : {})
    }),
    getOptions: () => [
      { value: '', label: translate('<none>') },
      ...[...implementations, ...(current === 'class' ? ['class'] : [])]
        .map((value) => ({ value, label: translate(implementationLabels[value]) }))
    ]
  });
}

function HandlerSelect(catalog: DesignerCatalog) {
  return function Handler({ element, id }: any) {
    const modeling = useService('modeling');
    const translate = useService('translate');
    const current = handlerName(getBusinessObject(element).get('camunda:delegateExpression'));
    return SelectEntry({
      element, id, label: translate('Handler'),
      getValue: () => current,
      setValue: (value: string) => modeling.updateProperties(element, { 'camunda:delegateExpression': value ? `\${${value}}` : '' }),
      getOptions: () => withCurrent([{ value: '', label: translate('<none>') }, ...catalog.handlers], current, translate)
    });
  };
}

function FormSelect(catalog: DesignerCatalog) {
  return function FormKey({ element, id }: any) {
    const modeling = useService('modeling');
    const translate = useService('translate');
    const current = getBusinessObject(element).get('camunda:formKey') ?? '';
    return SelectEntry({
      element, id, label: translate('Form key'),
      getValue: () => current,
      setValue: (value: string) => modeling.updateProperties(element, { 'camunda:formKey': value || undefined }),
      getOptions: () => withCurrent([{ value: '', label: translate('<none>') }, ...catalog.forms], current, translate)
    });
  };
}

const groupsOf = (element: any): string[] =>
  String(getBusinessObject(element).get('camunda:candidateGroups') ?? '').split(',').map((group) => group.trim()).filter(Boolean);

/** The heading of the role checkboxes, which the panel otherwise shows without a label of their own. */
function CandidateGroupsHeading({ id }: any) {
  const translate = useService('translate');
  return jsx('div', { class: 'bio-properties-panel-entry', 'data-entry-id': id,
    children: jsx('span', { class: 'bio-properties-panel-label', children: translate('Candidate groups') }) });
}

/** One checkbox per role: a task may be offered to several groups (`department,township`). */
function GroupCheckbox(group: { value: string; label: string }) {
  return function CandidateGroup({ element, id }: any) {
    const modeling = useService('modeling');
    return CheckboxEntry({
      element, id, label: group.label,
      getValue: () => groupsOf(element).includes(group.value),
      setValue: (checked: boolean) => {
        const others = groupsOf(element).filter((existing) => existing !== group.value);
        const next = checked ? [...others, group.value] : others;
        modeling.updateProperties(element, { 'camunda:candidateGroups': next.length > 0 ? next.join(',') : undefined });
      }
    });
  };
}


/** Runs after the Camunda provider: removes what the engine does not run and turns free text into lists. */
class EngineSubsetProvider {
  static $inject = ['propertiesPanel', 'designerCatalog', 'eventBus'];

  // Components are made once: a new function on each render would remount the entry and lose its focus.
  private readonly handler: (props: any) => any;
  private readonly form: (props: any) => any;
  private readonly checkboxes = new Map<string, (props: any) => any>();
  private readonly catalog: DesignerCatalog;

  constructor(propertiesPanel: any, catalog: DesignerCatalog, eventBus: any) {
    this.catalog = catalog;
    catalog.refresh = () => eventBus.fire('propertiesPanel.providersChanged');
    this.handler = HandlerSelect(catalog);
    this.form = FormSelect(catalog);
    propertiesPanel.registerProvider(100, this);
  }

  getGroups(element: any) {
    return (groups: any[]) => groups
      .filter((group) => !hiddenGroups.has(group.id))
      .filter((group) => group.id !== 'CamundaPlatform__Implementation' || is(element, 'bpmn:ServiceTask'))
      .filter((group) => group.id !== 'CamundaPlatform__Form' || is(element, 'bpmn:UserTask'))
      .map((group) => this.restrict(group, element));
  }

  private restrict(group: any, element: any) {
    if (!group.entries) return group;
    const entries = group.entries.filter((entry: any) => !hiddenEntries.has(entry.id)).flatMap((entry: any) => {
      switch (entry.id) {
        case 'implementationType': return [{ ...entry, component: ImplementationType, isEdited: isSelectEntryEdited }];
        case 'delegateExpression': return [{ ...entry, component: this.handler, isEdited: isSelectEntryEdited }];
        case 'candidateGroups': return this.candidateGroups(element);
        default: return [entry];
      }
    });
    const form = group.id === 'CamundaPlatform__Form'
      ? [{ id: 'formKey', component: this.form, isEdited: isSelectEntryEdited }]
      : null;
    return { ...group, entries: form ?? entries };
  }

  private candidateGroups(element: any) {
    // A group the roles do not know stays visible (the server reports it at save) until it is unticked.
    const unknown = groupsOf(element).filter((group) => !this.catalog.groups.some((known) => known.value === group))
      .map((group) => ({ value: group, label: `${group} (?)` }));
    return [{ id: 'candidateGroups', component: CandidateGroupsHeading }, ...[...this.catalog.groups, ...unknown].map((group) => {
      if (!this.checkboxes.has(group.value)) this.checkboxes.set(group.value, GroupCheckbox(group));
      return { id: `candidateGroup-${group.value}`, component: this.checkboxes.get(group.value), isEdited: isCheckboxEntryEdited };
    })];
  }
}

/** The designer's additional module: the catalog the lists read, and the provider that applies the subset. */
export function engineSubsetModule(catalog: DesignerCatalog) {
  return {
    __init__: ['engineSubsetProvider'],
    designerCatalog: ['value', catalog],
    engineSubsetProvider: ['type', EngineSubsetProvider]
  };
}
