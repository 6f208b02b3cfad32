import { packageBuild } from '../../scripts/tsup-preset.js';

export default packageBuild(new URL('.', import.meta.url));
