// A tiny element builder: h('a', { href: '/x', onclick }, 'text', child). Strings become text nodes,
// so nothing from the server is ever parsed as HTML.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    setAttribute(element, name, value);
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

function setAttribute(element, name, value) {
  if (value === null || value === undefined || value === false) {
    return;
  }
  if (name.startsWith('on') && typeof value === 'function') {
    element.addEventListener(name.slice(2).toLowerCase(), value);
  } else if (name === 'dataset') {
    Object.assign(element.dataset, value);
  } else if (name in element && !name.includes('-')) {
    // DOM properties (className, htmlFor, checked, value…) rather than attributes of the same name.
    element[name] = value;
  } else {
    element.setAttribute(name, value === true ? '' : value);
  }
}
