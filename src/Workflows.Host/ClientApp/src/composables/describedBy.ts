/**
 * Element Plus and form-js point aria-describedby at elements they draw only later (a tooltip's popper, a field's
 * error message), so a screen reader would look for ids that do not exist. Each element keeps the full list in
 * data-describedby and names, in aria-describedby, only those drawn now; it is brought up to date after every change.
 */
export function keepDescriptionsResolvable(root: HTMLElement): void {
  let scheduled = false;
  const update = () => {
    scheduled = false;
    root.ownerDocument.querySelectorAll<HTMLElement>('[aria-describedby], [data-describedby]').forEach((element) => {
      const named = element.getAttribute('aria-describedby');
      const all = named && named !== element.dataset.describedbyShown ? named : element.dataset.describedby ?? '';
      const shown = all.split(/\s+/).filter((id) => id && element.ownerDocument.getElementById(id)).join(' ');
      element.dataset.describedby = all;
      element.dataset.describedbyShown = shown;
      if (shown) {
        element.setAttribute('aria-describedby', shown);
      } else {
        element.removeAttribute('aria-describedby');
      }
    });
  };
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  }).observe(root, { childList: true, subtree: true });
}
