// Imported first by the proxy test, so the app trusts the reverse proxy in front of it: supertest
// connects from the loopback address, as nginx on the same host would.
process.env.TRUST_PROXY = 'loopback';
