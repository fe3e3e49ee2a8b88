// Imported first by the sign-in throttling tests: failures count for ten minutes, so that a slow
// machine (argon2 on every guess) cannot let the early ones age out before a limit is reached.
process.env.LOGIN_THROTTLE_TTL_MS = '600000';
