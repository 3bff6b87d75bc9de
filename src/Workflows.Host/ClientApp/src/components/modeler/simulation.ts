import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import TokenSimulationModule from 'bpmn-js-token-simulation/lib/viewer';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import { localizeSimulation } from './simulationTexts';

/**
 * Plays the diagram on screen with bpmn-js-token-simulation in a viewer of its own over the modeler: the edited
 * diagram, its undo history and its unsaved marker stay as they are. A chunk of its own, loaded on the first 模拟.
 */
export async function simulate(container: HTMLElement, xml: string, language: string): Promise<{ destroy(): void }> {
  const texts = language === 'zh-CN' ? localizeSimulation(container) : null;
  // bpmn-js has no typings of its own; the viewer is used through its documented services only.
  const viewer = new NavigatedViewer({ container, additionalModules: [TokenSimulationModule] }) as any;
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  viewer.get('toggleMode').toggleMode(true);
  return {
    destroy(): void {
      texts?.disconnect();
      viewer.destroy();
    }
  };
}
