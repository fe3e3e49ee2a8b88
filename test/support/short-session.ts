// Imported first by the session-end browser test: sessions last the shortest time the
// configuration allows (60 s), so the warning before the end comes within the test.
process.env.JWT_TTL_SECONDS = '60';
