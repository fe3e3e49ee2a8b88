// Imported first by the throttling test, so the app's configuration sees a low login limit.
process.env.LOGIN_THROTTLE_LIMIT = '5';
export const LOGIN_LIMIT = 5;
