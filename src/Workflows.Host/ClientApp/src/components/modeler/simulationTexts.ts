import { localizeDom } from '../../composables/localizeDom';

/** The texts bpmn-js-token-simulation writes into the page in English (it has no `translate` service), in Chinese. */
const texts: Record<string, string> = {
  'Token Simulation': '令牌模拟',
  'Simulation Log': '模拟日志',
  'No Entries': '暂无记录',
  'Toggle Simulation Log': '显示/隐藏模拟日志',
  'Play/Pause Simulation': '播放/暂停模拟',
  'Play Simulation': '播放模拟',
  'Pause Simulation': '暂停模拟',
  'Reset Simulation': '重置模拟',
  'Finished': '已结束',
  'Found unsupported elements': '发现模拟不支持的元素',
  'Not supported': '不支持',
  'Trigger Event': '触发事件',
  'Set Sequence Flow': '选择顺序流',
  'Add pause point': '添加暂停点',
  'Remove pause point': '移除暂停点',
  'Close': '关闭',
  'Task': '任务',
  'User Task': '用户任务',
  'Service Task': '服务任务',
  'Script Task': '脚本任务',
  'Send Task': '发送任务',
  'Receive Task': '接收任务',
  'Manual Task': '手工任务',
  'Business Rule Task': '业务规则任务',
  'Call Activity': '调用活动',
  'Exclusive Gateway': '排他网关',
  'Parallel Gateway': '并行网关',
  'Inclusive Gateway': '包容网关',
  'Start Event': '开始事件',
  'Intermediate Event': '中间事件',
  'Boundary Event': '边界事件',
  'End Event': '结束事件'
};

const speeds: Record<string, string> = { Slow: '慢', Normal: '正常', Fast: '快' };
const scopes: Record<string, string> = { Process: '流程', SubProcess: '子流程' };
const ends: Record<string, string> = { started: '已开始', finished: '已结束', canceled: '已取消' };

function chinese(text: string): string | null {
  const known = texts[text];
  if (known) {
    return known;
  }
  const speed = /^Set animation speed = (\w+)$/.exec(text);
  if (speed && speeds[speed[1]]) {
    return `设置动画速度：${speeds[speed[1]]}`;
  }
  const focus = /^Focus process instance (.+)$/.exec(text);
  if (focus) {
    return `聚焦流程实例 ${focus[1]}`;
  }
  // The log's "Process started" or "<sub-process name> finished": an unnamed scope is named by its kind.
  const scope = /^(.+) (started|finished|canceled)$/.exec(text);
  return scope ? `${scopes[scope[1]] ?? scope[1]} ${ends[scope[2]]}` : null;
}

/** Keeps the simulation under `container` in Chinese until the returned observer is disconnected. */
export const localizeSimulation = (container: HTMLElement): MutationObserver => localizeDom(container, chinese);
