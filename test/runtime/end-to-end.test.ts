import { testRedis } from '../support/redis.js';
import { describeEndToEnd } from './e2e-flow.js';

describeEndToEnd('runtime end to end on Redis', () => testRedis('e2e'));
