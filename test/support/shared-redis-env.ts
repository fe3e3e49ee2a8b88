// Imported first by tests of several instances, so the app's configuration sees REDIS_URL.
import { TEST_REDIS_URL } from './redis';

process.env.REDIS_URL = TEST_REDIS_URL;
