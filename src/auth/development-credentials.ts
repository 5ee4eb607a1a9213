// What the repository publishes for development: the SHA-256 of each development token (the clear tokens are in
// README.md) and the development assertion keys ("x.y"), whose private halves are in the repository. A production gateway
// refuses any client holding one. Declared here, not read from config/dev/clients.yaml, so that a production
// installation never depends on the development file; test/auth/production.test.ts checks that both agree.
export const publishedDevelopmentCredentials: ReadonlySet<string> = new Set([
  '8d2406d20e8b10d92890219ea10ceaa0911b28b4f67f5c5835a91768610044e5', // portal-dvc
  'ZvqUBuFF8I3FI8vZfPaSjItcFd27ZcfI_GOGC8AmcGw.uIGTza2yj2JJESHkXxh6fP0uGw--gmiXeCrW_--Bf3U', // portal-dvc's assertion key
  '7f1d3b71bab77ed4670bfa39dbfb437cb32e16bf59a3d478782a3471546a3e23', // portal-hni
  '1617a02841b32bfdc47e703b88b065c76ca0f137f9ba23b7865c85c262c02e18', // portal-hcm
  '90cf090ae1354823cc24c134be611182ee17ec62368a23000c32774069dc6a34', // portal-demo
  'EOhj2WpNzfaKp2YXGMsCjzBcHlZWXeHJjJguyDDv_aI.-7p5JjuW8d6v_wg2N631LRqnKMkV_vFgYcf_6Cd34CI', // portal-demo's assertion key (examples/portal)
  '1f8d70aebe8a55edb9f3c01d86d721a99d3cc5192d16183f4647455ce1ef5902', // agency-bca
  '5ef088fedf3511cd284f750fb7053d68d13d1ceddc14442cae7ff60899975eec', // agency-btc
  '43256fe58aedc061b3d6b11141d0dce63c1dc9192b872f21e522ee3ae1368fad', // agency-hni
  'cfc0e816dc987bf8eba96c0607af38065e199b60eac2f6feb95927bd16c5424c', // agency-bnnmt
  '98cf681f2a5cde03b61e87f21f50956519de249c09b0b0c5af316ce8ddd861a7', // auditor-ttcp
  '1734d503f6aa6a047c36d113cbad769f719c93784b469b771c4c3e7c63adbefd', // admin
  '277e6a75a6980887d1bc5c738e59a2504e3e2696d8f9fbf675b7fc49dabd2cf8', // operator
])
