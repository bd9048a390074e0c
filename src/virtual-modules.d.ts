declare module 'virtual:default-pack' {
  const prevalidated: import('../scripts/lib/default-pack-module').PrevalidatedPack;
  export default prevalidated;
}
