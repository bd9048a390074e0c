declare module 'virtual:default-pack' {
  const prevalidated: import('../scripts/lib/default-pack-module').PrevalidatedPack;
  export default prevalidated;
}

declare module 'virtual:default-pack-summary' {
  const summary: import('./shared/packs/pack-summary').PackSummary;
  export default summary;
}

declare module 'virtual:facilitator-guide' {
  /** docs/facilitator-guide.md as HTML, made while building. */
  const html: string;
  export default html;
}
