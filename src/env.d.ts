/** The build's options for the pages (src/build/integrations/content.ts). */
declare module 'virtual:sukien/options' {
  const options: import('./build/integrations/content.ts').PageOptions;
  export default options;
}
