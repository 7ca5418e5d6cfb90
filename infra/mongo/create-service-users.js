// Runs once, when the mongodb container initialises an empty data volume (docker-entrypoint-initdb.d), as the
// root user. Issue #7: one user per application, allowed to read and write its own database and nothing else;
// the passwords come from the environment (.env, see infra/README.md), never from the repository.
const users = [
  ['console', 'staff-console', 'MADOGUCHI_MONGO_CONSOLE_PASSWORD'],
  ['intake', 'intake-service', 'MADOGUCHI_MONGO_INTAKE_PASSWORD'],
  ['scheduling', 'scheduling-service', 'MADOGUCHI_MONGO_SCHEDULING_PASSWORD'],
  ['notification', 'notification-service', 'MADOGUCHI_MONGO_NOTIFICATION_PASSWORD'],
  ['analytics', 'analytics-service', 'MADOGUCHI_MONGO_ANALYTICS_PASSWORD'],
];
for (const [database, user, variable] of users) {
  const password = process.env[variable];
  if (!password) {
    throw new Error(variable + ' is not set');
  }
  db.getSiblingDB(database).createUser({ user: user, pwd: password, roles: [{ role: 'readWrite', db: database }] });
}
