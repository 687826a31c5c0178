/** Runs `job` on each item, `width` at a time: for file work, where each call mostly waits on the disk. */
export async function eachOf<T>(items: readonly T[], job: (item: T) => Promise<unknown>, width = 16): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await job(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
}
