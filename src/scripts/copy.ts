/** Copy buttons: shown only when this script runs; each copies the text of the element it names. */
const said = document.querySelector<HTMLElement>('#da-chep');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset.copy ?? '');
  if (!target || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const text = [...target.querySelectorAll('p')].map((p) => p.textContent).join('\n\n') || (target.textContent ?? '');
    void navigator.clipboard.writeText(text).then(
      () => {
        if (said) said.textContent = 'Đã chép vào bộ nhớ tạm.';
      },
      () => {
        if (said) said.textContent = 'Không chép được; hãy chọn và chép bằng tay.';
      },
    );
  });
}
