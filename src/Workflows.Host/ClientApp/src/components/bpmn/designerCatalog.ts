/** One choice of a designer list: the value written into the model and what the admin reads. */
export interface CatalogOption {
  value: string;
  label: string;
}

/** What the engine can run, for the properties panel's lists: the real roles, the deployed forms, the registered handlers. */
export interface DesignerCatalog {
  groups: CatalogOption[];
  forms: CatalogOption[];
  handlers: CatalogOption[];
  /** Set by the modeler: redraws the properties panel once the lists have arrived. */
  refresh?: () => void;
}

export const emptyCatalog = (): DesignerCatalog => ({ groups: [], forms: [], handlers: [] });
