import minimapModule from 'diagram-js-minimap';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import './minimap.css';

/** The overview of the whole diagram with the visible part framed, closed until the zoom controls open it. */
export const minimapModules = [minimapModule];
