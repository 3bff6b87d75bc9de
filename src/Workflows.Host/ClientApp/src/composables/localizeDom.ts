/**
 * For libraries that write English straight into the page (no `translate` service): the part of the page under
 * `container` is watched and each text, tooltip, label and placeholder `chinese` knows is replaced as it appears.
 */
export function localizeDom(container: HTMLElement, chinese: (text: string) => string | null): MutationObserver {
  const localize = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      const translated = chinese(text.trim());
      if (translated) {
        node.textContent = text.replace(text.trim(), translated);
      }
      return;
    }
    if (!(node instanceof Element)) {
      return;
    }
    for (const attribute of attributes) {
      const value = node.getAttribute(attribute);
      const translated = value && chinese(value);
      if (translated) {
        node.setAttribute(attribute, translated);
      }
    }
    node.childNodes.forEach(localize);
  };
  localize(container);
  // A replaced text is no longer one `chinese` knows, so the changes made here end the chain they start.
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(localize);
      } else {
        localize(mutation.target);
      }
    }
  });
  observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: attributes });
  return observer;
}

const attributes = ['title', 'aria-label', 'placeholder'];
