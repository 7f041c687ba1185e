/**
 * `<copy-code for="textarea-id" data-done="…" data-failed="…">`: shows its button, which copies
 * the text of the textarea to the clipboard and says so in the page's language (the messages
 * come from the page). Without JavaScript the button stays hidden and the code can be selected.
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
        status.textContent = this.dataset.done ?? '';
      } catch {
        // The clipboard can be refused (permissions, an insecure origin): select the code instead.
        source.focus();
        source.select();
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

if (!customElements.get('copy-code')) customElements.define('copy-code', CopyCode);
