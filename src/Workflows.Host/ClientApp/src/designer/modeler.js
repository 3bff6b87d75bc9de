import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaPlatformBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

/**
 * The bpmn-js modeler with the Camunda 7 properties panel, so assignees, candidate groups, due dates
 * and form keys are edited as the `camunda:` attributes the engine reads.
 */
export function createModeler(canvas, propertiesPanel) {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: propertiesPanel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaPlatformBehaviorsModule
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
}

/** Selects the element a validation problem names and scrolls it into view; false when it is not drawn. */
export function focusElement(modeler, elementId) {
  const element = modeler.get('elementRegistry').get(elementId);
  if (!element) {
    return false;
  }
  modeler.get('selection').select(element);
  if (element.waypoints || element.x !== undefined) {
    modeler.get('canvas').scrollToElement(element);
  }
  return true;
}
