/**
 * `<copy-code for="textarea-id">`: shows its button, which copies the text of the textarea to the
 * clipboard and says so. Without JavaScript the button stays hidden and the code can be selected.
 */
class CopyCode extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const source = document.getElementById(this.getAttribute('for') ?? '');
    if (!button || !status || !(source instanceof HTMLTextAreaElement)) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.value);
        status.textContent = 'Copied.';
      } catch {
        // The clipboard can be refused (permissions, an insecure origin): select the code instead.
        source.focus();
        source.select();
        status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
      }
    });
  }
}

if (!customElements.get('copy-code')) customElements.define('copy-code', CopyCode);
