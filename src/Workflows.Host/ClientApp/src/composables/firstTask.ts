import { tasksApi } from '../api/tasks';

/** The first open task of a just-started instance the caller may see, else the instance page. */
export async function firstTaskPath(instanceId: string): Promise<string> {
  const page = await tasksApi.list({ status: 'open', instanceId, take: 1 });
  const first = page.items.find((task) => task.instanceId === instanceId);
  return first ? `/tasks/${encodeURIComponent(first.id)}` : `/instances/${encodeURIComponent(instanceId)}`;
}
