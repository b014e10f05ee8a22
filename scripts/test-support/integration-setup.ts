// Filled by the foundation: prepares the integration database. Sandbox suites start their own servers.
export default async function setup() {}
