/** The print / save-as-PDF button: shown only when this script runs, since it needs JavaScript. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button.print-button')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
