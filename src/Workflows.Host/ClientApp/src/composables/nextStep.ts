import { instancesApi } from '../api/instances';
import { definitionsApi } from '../api/definitions';
import { label, t, listSeparator, clauseSeparator, aside } from '../i18n';

/**
 * Who handles the instance next, read from the diagram: the names of the active activities and their
 * candidate groups as role labels ("技术审查（政务信息管理局）"). Null when the process ended or the
 * caller may not see the instance any more.
 */
export async function describeNextStep(instanceId: string, previousActivityId: string): Promise<string | null> {
  try {
    let instance = await instancesApi.get(instanceId);
    // Service tasks run after the commit; give the engine a moment to leave the step just completed.
    for (let attempt = 0; attempt < 5 && instance.activeActivityIds.includes(previousActivityId); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      instance = await instancesApi.get(instanceId);
    }
    if (instance.status !== 'Running' && instance.activeActivityIds.length === 0) {
      return t('task.processEnded');
    }
    const xml = await definitionsApi.versionXml(instance.definitionKey, instance.version);
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    const steps = instance.activeActivityIds.map((id) => {
      const element = [...document.getElementsByTagName('*')].find((candidate) => candidate.getAttribute('id') === id);
      const name = element?.getAttribute('name') || id;
      const groups = (element?.getAttribute('camunda:candidateGroups') ?? '').split(',').map((group) => group.trim()).filter(Boolean);
      const assignee = element?.getAttribute('camunda:assignee');
      const who = groups.length > 0 ? groups.map((group) => label('role', group)).join(listSeparator()) : assignee && !assignee.includes('$') ? assignee : '';
      return who ? `${name}${aside(who)}` : name;
    });
    return steps.length > 0 ? t('task.nextStep', { steps: steps.join(clauseSeparator()) }) : null;
  } catch {
    return null;
  }
}
