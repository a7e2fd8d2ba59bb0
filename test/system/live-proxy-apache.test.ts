// Real apache2 running the generated snippet on loopback. See support/live-suite.ts.
import { defineLiveProxySuite } from './support/live-suite';

defineLiveProxySuite('apache');
