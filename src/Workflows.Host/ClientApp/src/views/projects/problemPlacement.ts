/**
 * Where a rule violation from the server is shown: the messages name their article of the measures, so
 * a message naming 第九条 lands in the data-sharing section. First match wins; the rest go to the summary.
 */
const placement: [RegExp, string][] = [
  [/第九条|art\. 9/, 'sharing'],
  [/第三十七条|art\. 37|等级保护|密码/, 'security'],
  [/第十五条|art\. 15|市级共建|市县/, 'city'],
  [/第十二条|art\. 12|云服务/, 'cloud'],
  [/第十条|第十一条|art\. 1[01]|信息系统/, 'systems'],
  [/年度预算|总预算|total budget|year budget/, 'budgets'],
  [/第八条|art\. 8/, 'documents'],
  [/项目编号|项目名称|项目类型|建设内容|部门|共建/, 'basics']
];

export type PlacedProblems = Record<string, string[]>;

/** The messages by section (`basics`, `budgets`…); `unplaced` holds those no rule places. */
export function placeProblems(messages: string[], sections: string[]): { placed: PlacedProblems; unplaced: string[] } {
  const placed: PlacedProblems = {};
  const unplaced: string[] = [];
  for (const message of messages) {
    const rule = placement.find(([pattern, name]) => pattern.test(message) && sections.includes(name));
    if (rule) {
      (placed[rule[1]] ??= []).push(message);
    } else {
      unplaced.push(message);
    }
  }
  return { placed, unplaced };
}
