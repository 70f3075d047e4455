// The launcher lives in tools/ so the benchmarks (compiled by nest build, which leaves test/ out) share it.
export { CHROMIUM_FLAGS, chromiumPath, launchBrowser, type TestBrowser } from '../../../tools/browser/launch-chromium';
